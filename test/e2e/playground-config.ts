// The mock world's config is read and rewritten by `npm start` too (one Playground per person).
export * from '../../scripts/playground/world-config.js';
