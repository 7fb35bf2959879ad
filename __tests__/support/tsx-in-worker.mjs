// Imported first by the tests' worker scripts (.mjs) so that they can import TypeScript: tsx's
// `--import tsx`, which worker threads inherit, registers its loader in them only from Node 22.22
// and 24.11 on (tsx checks `isInternalThread`); on Node 20 the worker registers it itself.
import { register } from 'tsx/esm/api'

register()
