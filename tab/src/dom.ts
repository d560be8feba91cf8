// The two DOM helpers the tab needs: a checked lookup by id, and an element built in one call.

export const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from index.html`);
  return el as T;
};

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string; data?: Record<string, string> } = {}, ...children: Node[]) {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [k, v] of Object.entries(props.data ?? {})) node.dataset[k] = v;
  node.append(...children);
  return node;
}
