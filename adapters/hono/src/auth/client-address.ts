/**
 * Which proxies the API trusts to say who the client is: `false` (the default) uses the socket's
 * address and ignores `X-Forwarded-For`; a number of hops takes the address that many proxies
 * from the socket (`1`: the one proxy in front of the API); `true` trusts every hop (the leftmost
 * address of `X-Forwarded-For`: only when every path to the API passes a proxy that overwrites it).
 */
export type TrustProxy = boolean | number

/** The socket address on @hono/node-server (it passes the Node request as `env.incoming`). */
export function socketAddress(_request: Request, env: unknown): string {
  const incoming = (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming
  return incoming?.socket?.remoteAddress ?? "unknown"
}

/**
 * The client address by the trusted-proxy rule: the chain is `X-Forwarded-For`'s addresses
 * followed by the socket's, and the client is the address `hops` entries left of the socket's
 * (the leftmost when the chain is shorter, or with `trust: true`).
 *
 * @param socket the address of the peer that connected (`socketAddress` by default)
 * @example
 * const address = clientAddressBy(1)(request, env) // behind one reverse proxy
 */
export function clientAddressBy(trust: TrustProxy, socket: (request: Request, env: unknown) => string = socketAddress): (request: Request, env: unknown) => string {
  const hops = trust === true ? Number.POSITIVE_INFINITY : trust === false ? 0 : Math.max(0, Math.floor(trust))
  return (request, env) => {
    const peer = socket(request, env)
    if (hops === 0) return peer
    const forwarded = (request.headers.get("X-Forwarded-For") ?? "")
      .split(",")
      .map((entry) => entry.trim().slice(0, 100))
      .filter((entry) => entry !== "")
    const chain = [...forwarded, peer]
    return chain[Math.max(0, chain.length - 1 - hops)] ?? peer
  }
}
