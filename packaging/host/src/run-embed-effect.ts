// Runs examples/embedding's Effect program (copied beside this file into the stranger's project).
import { run } from "./embed-effect.js"

const page = await run()
console.log(JSON.stringify({ inProgress: page.items.length }))
