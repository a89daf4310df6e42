import { z } from 'zod/mini';
import { plainIssue } from './messages';

// zod/mini: the functional API tree-shakes, so only the checks we use reach the bundle (issue 8 budget).
// No `new Function` code generation: the Content-Security-Policy forbids 'unsafe-eval'.
// customError: checks without their own message still read "problem; expected …".
z.config({ jitless: true, customError: plainIssue });

export { z };
