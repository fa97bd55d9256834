import { Deferred, Effect, Fiber } from "effect"
import { describe, expect, it } from "vitest"
import { makeTicketLocks, TicketLocksService, withTicketLock } from "./ticket-locks.ts"

/** Runs a program with a fresh set of locks, handing the locks to the test too. */
function withLocks<A>(program: (locks: ReturnType<typeof makeTicketLocks>) => Effect.Effect<A, never, TicketLocksService>): Promise<A> {
  const locks = makeTicketLocks()
  return Effect.runPromise(Effect.provideService(program(locks), TicketLocksService, locks))
}

describe("per-ticket locks", () => {
  it("lets one writer of a ticket in at a time, in arrival order, and forgets an idle ticket", async () => {
    const { order, most, left } = await withLocks((locks) =>
      Effect.gen(function* () {
        const order: number[] = []
        let inside = 0
        let most = 0
        const writer = (n: number) =>
          withTicketLock(
            "t",
            "ticket-1",
            Effect.gen(function* () {
              inside += 1
              most = Math.max(most, inside)
              yield* Effect.yieldNow
              order.push(n)
              inside -= 1
            }),
          )
        yield* Effect.all(Array.from({ length: 20 }, (_, n) => writer(n)), { concurrency: "unbounded" })
        return { order, most, left: locks.held.size }
      }),
    )
    expect(most).toBe(1)
    expect(order).toEqual(Array.from({ length: 20 }, (_, n) => n))
    expect(left).toBe(0)
  })

  it("never makes writers of different tickets wait for each other", async () => {
    const both = await withLocks(() =>
      Effect.gen(function* () {
        const firstIn = yield* Deferred.make<void>()
        const secondIn = yield* Deferred.make<void>()
        // Each waits for the other to be inside: with one lock for both this would never end.
        const first = withTicketLock("t", "a", Effect.andThen(Deferred.succeed(firstIn, undefined), Deferred.await(secondIn)))
        const second = withTicketLock("t", "b", Effect.andThen(Deferred.succeed(secondIn, undefined), Deferred.await(firstIn)))
        yield* Effect.all([first, second], { concurrency: "unbounded" })
        return true
      }),
    )
    expect(both).toBe(true)
  })

  it("takes a writer interrupted while waiting out of the queue: it never runs, the next one does", async () => {
    const { ran, left } = await withLocks((locks) =>
      Effect.gen(function* () {
        const ran: string[] = []
        const release = yield* Deferred.make<void>()
        const holderIn = yield* Deferred.make<void>()
        const holder = yield* Effect.forkChild(
          withTicketLock("t", 7, Effect.andThen(Deferred.succeed(holderIn, undefined), Effect.andThen(Deferred.await(release), Effect.sync(() => ran.push("holder"))))),
        )
        yield* Deferred.await(holderIn)
        const interrupted = yield* Effect.forkChild(withTicketLock("t", 7, Effect.sync(() => ran.push("interrupted"))))
        const next = yield* Effect.forkChild(withTicketLock("t", 7, Effect.sync(() => ran.push("next"))))
        yield* Effect.yieldNow
        yield* Fiber.interrupt(interrupted)
        yield* Deferred.succeed(release, undefined)
        yield* Fiber.join(holder)
        yield* Fiber.join(next)
        return { ran, left: locks.held.size }
      }),
    )
    expect(ran).toEqual(["holder", "next"])
    expect(left).toBe(0)
  })
})
