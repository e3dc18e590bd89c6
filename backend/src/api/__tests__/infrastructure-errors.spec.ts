import { describe, expect, it } from "vitest"
import { outageOf } from "../infrastructure-errors"

// Without REDIS_URL the Redis watcher is off and counts as available, so network errors
// are read as the database's.
delete process.env.REDIS_URL

describe("outageOf", () => {
  it("reads PostgreSQL going away however the error reaches us", () => {
    const seen = [
      Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }),
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:54339"), { code: "ECONNREFUSED" }),
      // Wrapped by a workflow step or MikroORM: only the message is left.
      new Error("read ECONNRESET"),
      new Error("ROLLBACK - read ECONNRESET"),
      new Error("Transaction query already complete, run with DEBUG=knex:tx for more info"),
      new Error("timeout exceeded when trying to connect"),
      Object.assign(new Error("An error occurred"), { cause: new Error("Connection terminated unexpectedly") }),
    ]
    for (const error of seen) expect(outageOf(error), error.message).toBe("database")
  })

  it("leaves other errors to Medusa's handler", () => {
    for (const error of [new Error("Cart not found"), new Error("Some variant does not have the required inventory"), Object.assign(new Error("duplicate key"), { code: "23505" }), null, "ECONNRESET"]) {
      expect(outageOf(error)).toBeNull()
    }
  })
})
