/** The console's session cookie. */
export const sessionCookie = "ticketflow_session"
