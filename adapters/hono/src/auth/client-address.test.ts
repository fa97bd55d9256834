import { describe, expect, it } from "vitest"
import { clientAddressBy, socketAddress } from "./client-address.ts"

const request = (forwardedFor?: string) => new Request("http://api.test/v1/auth/login", { headers: forwardedFor === undefined ? {} : { "X-Forwarded-For": forwardedFor } })
// What @hono/node-server passes as the env: the Node request, with its socket.
const fromSocket = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } })

describe("client address", () => {
  it("is the socket's address by default, whatever X-Forwarded-For says", () => {
    expect(socketAddress(request(), fromSocket("10.0.0.5"))).toBe("10.0.0.5")
    expect(clientAddressBy(false)(request("203.0.113.9"), fromSocket("10.0.0.5"))).toBe("10.0.0.5")
    expect(clientAddressBy(0)(request("203.0.113.9"), fromSocket("10.0.0.5"))).toBe("10.0.0.5")
    expect(socketAddress(request(), undefined)).toBe("unknown")
  })

  it("takes the address `hops` trusted proxies left of the socket", () => {
    const by = clientAddressBy(1)
    expect(by(request("203.0.113.9"), fromSocket("10.0.0.5"))).toBe("203.0.113.9")
    // A client's own X-Forwarded-For entry is left of what the trusted proxy appended: ignored.
    expect(by(request("6.6.6.6, 203.0.113.9"), fromSocket("10.0.0.5"))).toBe("203.0.113.9")
    expect(clientAddressBy(2)(request("6.6.6.6, 203.0.113.9, 10.0.0.4"), fromSocket("10.0.0.5"))).toBe("203.0.113.9")
    expect(by(request(), fromSocket("10.0.0.5"))).toBe("10.0.0.5")
    expect(clientAddressBy(5)(request("203.0.113.9"), fromSocket("10.0.0.5"))).toBe("203.0.113.9")
  })

  it("trusts every hop with `true`: the leftmost entry", () => {
    expect(clientAddressBy(true)(request("198.51.100.1, 203.0.113.9"), fromSocket("10.0.0.5"))).toBe("198.51.100.1")
  })
})
