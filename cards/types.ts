// The subset of Adaptive Cards 1.5 this product builds. Kept local (no SDK types) so that
// cards/ depends on nothing and a builder cannot reach for 1.6-only or Teams-only elements.

export type CardElement =
  | TextBlock
  | Container
  | ColumnSet
  | FactSet
  | ActionSet
  | InputText
  | InputChoiceSet
  | InputToggle
  | InputNumber
  | InputDate
  | InputTime;

export interface TextBlock {
  type: 'TextBlock';
  text: string;
  id?: string;
  wrap?: boolean;
  size?: 'small' | 'default' | 'medium' | 'large' | 'extraLarge';
  weight?: 'lighter' | 'default' | 'bolder';
  color?: 'default' | 'dark' | 'light' | 'accent' | 'good' | 'warning' | 'attention';
  isSubtle?: boolean;
  style?: 'default' | 'heading';
  spacing?: 'none' | 'small' | 'default' | 'medium' | 'large' | 'extraLarge' | 'padding';
  separator?: boolean;
  isVisible?: boolean;
}

export interface Container {
  type: 'Container';
  items: CardElement[];
  id?: string;
  style?: 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
  spacing?: TextBlock['spacing'];
  separator?: boolean;
}

export interface ColumnSet {
  type: 'ColumnSet';
  columns: Array<{ type: 'Column'; width?: 'auto' | 'stretch' | string; items: CardElement[] }>;
  spacing?: TextBlock['spacing'];
}

export interface FactSet {
  type: 'FactSet';
  facts: Array<{ title: string; value: string }>;
  spacing?: TextBlock['spacing'];
}

export interface ActionSet {
  type: 'ActionSet';
  actions: CardAction[];
  spacing?: TextBlock['spacing'];
}

interface InputBase {
  id: string;
  label?: string;
  isRequired?: boolean;
  errorMessage?: string;
  spacing?: TextBlock['spacing'];
}

export interface InputText extends InputBase {
  type: 'Input.Text';
  value?: string;
  placeholder?: string;
  isMultiline?: boolean;
  maxLength?: number;
  regex?: string;
}

export interface InputChoiceSet extends InputBase {
  type: 'Input.ChoiceSet';
  choices: Array<{ title: string; value: string }>;
  value?: string;
  style?: 'compact' | 'expanded' | 'filtered';
  isMultiSelect?: boolean;
  placeholder?: string;
  wrap?: boolean;
  /** Typeahead (Teams): dynamic choices answered through the application/search invoke. */
  'choices.data'?: { type: 'Data.Query'; dataset: string };
}

export interface InputToggle extends InputBase {
  type: 'Input.Toggle';
  title: string;
  value?: 'true' | 'false';
  valueOn?: string;
  valueOff?: string;
  wrap?: boolean;
}

export interface InputNumber extends InputBase {
  type: 'Input.Number';
  value?: number;
  min?: number;
  max?: number;
}

export interface InputDate extends InputBase {
  type: 'Input.Date';
  value?: string;
}

export interface InputTime extends InputBase {
  type: 'Input.Time';
  value?: string;
}

export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: Record<string, unknown>;
  associatedInputs?: 'auto' | 'none';
}

export interface ExecuteAction {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data?: Record<string, unknown>;
  associatedInputs?: 'auto' | 'none';
  style?: 'default' | 'positive' | 'destructive';
  /** Clients without Universal Actions fall back to a Submit carrying the same verb. */
  fallback?: SubmitAction;
}

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

export type CardAction = ExecuteAction | SubmitAction | OpenUrlAction;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  body: CardElement[];
  actions?: CardAction[];
  /** Universal Actions: lets Teams fetch the current view of a card (per user). */
  refresh?: { action: ExecuteAction; userIds?: string[] };
  msteams?: { width?: 'Full' };
  fallbackText?: string;
}
