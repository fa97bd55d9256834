import fc from "fast-check"
import { arbitraryWorkflow } from "./zz-nofilter.ts"
import { validateWorkflow } from "../workflow/validate.ts"
let bad = 0
const xs = fc.sample(arbitraryWorkflow(), 5000)
for (const d of xs) { const r = validateWorkflow(d); if (!r.ok) { bad++; if (bad < 3) console.log(JSON.stringify(r.problems)) } }
console.log("bad", bad, "of", xs.length)
