// An outgoing activity's JSON exactly as botbuilder's ConnectorClient writes it, made cheaply.
// @azure/core-client's serializer walks the connector's mappers for every call (about 100 µs per
// activity in the issue #14 profile): it keeps only the properties the mappers know, in the
// mappers' order, turns dates into ISO strings, checks the primitive types and keeps nulls. The
// same walk is compiled here once into one closure per mapper, following core-client's
// serialize() rule by rule (JSON only), including its quirk that a sequence's composite elements
// use the named model (so an entity keeps only type, text and mentioned). A mapper feature this
// walk does not handle makes compile() return undefined, and the caller keeps botbuilder's path.
// test/bot/lean-connector.test.ts compares the bytes with botbuilder's own for varied activities.

import * as connectorMappers from 'botframework-connector/lib/connectorApi/models/mappers.js';

interface Mapper {
  serializedName?: string;
  required?: boolean;
  readOnly?: boolean;
  type: {
    name: string;
    className?: string;
    modelProperties?: Record<string, Mapper>;
    additionalProperties?: Mapper;
    element?: Mapper;
    value?: Mapper;
    polymorphicDiscriminator?: unknown;
  };
  [other: string]: unknown;
}

type Serialize = (value: unknown, name: string) => unknown;

/** Mapper settings that change serialization and that this walk does not follow. */
const UNHANDLED = ['nullable', 'isConstant', 'defaultValue', 'headerCollectionPrefix'];

class Unhandled extends Error {}

function compileMapper(mapper: Mapper, models: Record<string, Mapper>, compiled: Map<Mapper, Serialize>): Serialize {
  const known = compiled.get(mapper);
  if (known) return known;
  // Filled in below; a lookup during the walk (a model that contains itself) goes through it.
  let inner: Serialize = () => undefined;
  const serialize: Serialize = (value, name) => inner(value, name);
  compiled.set(mapper, serialize);
  if (UNHANDLED.some((key) => mapper[key] !== undefined)) throw new Unhandled();
  const typed = typeOf(mapper, models, compiled);
  const required = mapper.required === true;
  inner = (value, name) => {
    if (value === undefined || value === null) {
      if (required) throw new Error(`${name} cannot be null or undefined.`);
      return value;
    }
    return typed(value, name);
  };
  return serialize;
}

function typeOf(mapper: Mapper, models: Record<string, Mapper>, compiled: Map<Mapper, Serialize>): Serialize {
  switch (mapper.type.name) {
    case 'String':
      return (value, name) => {
        if (typeof (value as string).valueOf() !== 'string') throw new Error(`${name} with value "${String(value)}" must be of type string.`);
        return value;
      };
    case 'Number':
    case 'Boolean': {
      const kind = mapper.type.name.toLowerCase();
      return (value, name) => {
        if (typeof value !== kind) throw new Error(`${name} with value ${String(value)} must be of type ${kind}.`);
        return value;
      };
    }
    case 'Object':
      return (value) => value;
    case 'DateTime':
      return (value, name) => {
        if (!(value instanceof Date || (typeof (value as string).valueOf() === 'string' && !isNaN(Date.parse(value as string))))) {
          throw new Error(`${name} must be an instanceof Date or a string in ISO8601 format.`);
        }
        return value instanceof Date ? value.toISOString() : new Date(value as string).toISOString();
      };
    case 'Sequence': {
      let element = mapper.type.element;
      if (!element) throw new Unhandled();
      // core-client's quirk: a composite element is looked up by its class name.
      if (element.type.name === 'Composite' && element.type.className) element = models[element.type.className] ?? element;
      const each = compileMapper(element, models, compiled);
      return (value, name) => {
        if (!Array.isArray(value)) throw new Error(`${name} must be of type Array.`);
        return value.map((item) => each(item, name));
      };
    }
    case 'Dictionary': {
      if (!mapper.type.value) throw new Unhandled();
      const each = compileMapper(mapper.type.value, models, compiled);
      return (value, name) => {
        if (typeof value !== 'object') throw new Error(`${name} must be of type object.`);
        const out: Record<string, unknown> = {};
        for (const key of Object.keys(value as object)) out[key] = each((value as Record<string, unknown>)[key], name);
        return out;
      };
    }
    case 'Composite':
      return compositeOf(mapper, models, compiled);
    default:
      throw new Unhandled();
  }
}

function compositeOf(mapper: Mapper, models: Record<string, Mapper>, compiled: Map<Mapper, Serialize>): Serialize {
  const model = mapper.type.className ? models[mapper.type.className] : undefined;
  const properties = mapper.type.modelProperties ?? model?.type.modelProperties;
  if (!properties || mapper.type.polymorphicDiscriminator || model?.type.polymorphicDiscriminator) throw new Unhandled();
  const fields = Object.entries(properties)
    .filter(([, property]) => !property.readOnly)
    .map(([key, property]) => {
      const wire = property.serializedName ?? '';
      // A dotted name nests the value in core-client's output; the connector's mappers have none.
      if (!wire || /(^|[^\\])\./.test(wire)) throw new Unhandled();
      return { key, wire, serialize: compileMapper(property, models, compiled) };
    });
  const declared = new Set(Object.keys(properties));
  const additional = mapper.type.additionalProperties ?? model?.type.additionalProperties;
  const extra = additional ? compileMapper(additional, models, compiled) : undefined;
  return (value, name) => {
    const object = value as Record<string, unknown>;
    const payload: Record<string, unknown> = {};
    for (const field of fields) {
      const serialized = field.serialize(object[field.key], `${name}.${field.wire}`);
      if (serialized !== undefined) payload[field.wire] = serialized;
    }
    if (extra) {
      for (const key of Object.keys(object)) {
        if (declared.has(key)) continue;
        Object.defineProperty(payload, key, { value: extra(object[key], `${name}["${key}"]`), enumerable: true, configurable: true, writable: true });
      }
    }
    return payload;
  };
}

/** The mapper walk for one model, or undefined when it uses a feature the walk does not follow. */
export function compile(mapper: Mapper, models: Record<string, Mapper>): Serialize | undefined {
  try {
    return compileMapper(mapper, models, new Map());
  } catch (error) {
    if (error instanceof Unhandled) return undefined;
    throw error;
  }
}

const models = connectorMappers as unknown as Record<string, Mapper>;
// The operations' request body: the Activity model, required (conversations.js in botframework-connector).
const activityBody = models.Activity ? compile({ ...models.Activity, required: true }, models) : undefined;

/**
 * The request body botbuilder sends for this activity, or undefined when the walk is unavailable.
 * Throws what core-client throws for an activity it cannot serialize.
 */
export const activityJson: ((activity: unknown) => string) | undefined =
  activityBody &&
  ((activity) => {
    try {
      return JSON.stringify(activityBody(activity, 'activity'));
    } catch (error) {
      throw new Error(`Error "${(error as Error).message}" occurred in serializing the payload - "Activity".`);
    }
  });
