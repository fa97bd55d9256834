// The benchmark's baseline: the least a React page can do to list the same tickets — react-dom,
// one fetch of the API the console calls, a plain table. Built by the same Vite as the console.
import { createElement as h, useEffect, useState } from "react"
import { createRoot } from "react-dom/client"

function Tickets() {
  const [tickets, setTickets] = useState(null)
  useEffect(() => {
    const token = localStorage.getItem("ticketflow.token")
    fetch("/v1/tickets?category=new,open&sort=-createdAt&limit=20", { headers: { Authorization: `Bearer ${token}` } })
      .then((response) => response.json())
      .then((page) => setTickets(page.items))
  }, [])
  return h(
    "main",
    null,
    h("h1", null, "Queues"),
    tickets === null
      ? h("p", null, "Loading…")
      : h(
          "table",
          null,
          h("thead", null, h("tr", null, ["Number", "Subject", "Status", "Created"].map((title) => h("th", { key: title }, title)))),
          h(
            "tbody",
            null,
            tickets.map((ticket) =>
              h("tr", { key: ticket.id, className: "tf-ticket-row" }, h("td", null, `#${ticket.number}`), h("td", null, ticket.subject), h("td", null, ticket.status), h("td", null, ticket.createdAt)),
            ),
          ),
        ),
  )
}

createRoot(document.getElementById("root")).render(h(Tickets))
