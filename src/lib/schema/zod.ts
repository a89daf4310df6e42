import { z } from 'zod';
import { plainIssue } from './messages';

// No `new Function` code generation: the Content-Security-Policy forbids 'unsafe-eval'.
// customError: checks without their own message still read "problem; expected …".
z.config({ jitless: true, customError: plainIssue });

export { z };
