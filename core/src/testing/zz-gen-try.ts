import fc from "fast-check"
import { arbitraryWorkflow } from "./arbitraries.ts"
import { verifyWorkflow } from "../workflow/verify.ts"
import { defaultWorkflow } from "../workflow/default-workflow.ts"
let t = performance.now()
const r = verifyWorkflow(defaultWorkflow)
console.log(r, performance.now() - t)
let bad = 0
t = performance.now()
const xs = fc.sample(arbitraryWorkflow(), 300)
for (const d of xs) { const v = verifyWorkflow(d); if (!v.ok) { bad++; if (bad < 6) console.log(JSON.stringify(v.problems.map(p => p.message)), JSON.stringify(v.visited)) } }
console.log("bad", bad, "of", xs.length, performance.now() - t)
