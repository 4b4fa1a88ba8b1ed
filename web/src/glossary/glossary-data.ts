/**
 * The glossary, bundled with the UI so explanations open at once and still work when the network is down.
 * The same entries are served at GET /api/glossary for other clients (and the offline pack).
 */
export { findTerm, GLOSSARY, GLOSSARY_IDS, type GlossaryId, type GlossaryTerm } from '../../../src/content/glossary.js';
