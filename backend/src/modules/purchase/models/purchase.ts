import { model } from "@medusajs/framework/utils"

/**
 * What a buyer placed in one checkout. A cart holding several producers' products
 * becomes one order per producer; the purchase groups those orders for the buyer
 * (linked through `purchase-order`), so "my purchase" stays one thing to show.
 */
export const Purchase = model
  .define("purchase", {
    id: model.id({ prefix: "pur" }).primaryKey(),
    // One purchase per cart: a second placement of the same cart is refused.
    cart_id: model.text().unique(),
    customer_id: model.text().nullable(),
    email: model.text(),
    currency_code: model.text(),
    // Sum of the orders' totals, each with its own shipping.
    total: model.bigNumber(),
  })
  .indexes([{ on: ["customer_id"] }])
