export * from "./vnpay"
