import styles from "./form-alert.module.css"

/** A message at the top of a form: an error (announced at once) or a success notice. */
export function FormAlert({ kind, title, message, id }: { kind: "error" | "success" | "info"; title?: string; message: string; id?: string }) {
  return (
    <div id={id} className={`${styles.alert} ${styles[kind]}`} role={kind === "error" ? "alert" : "status"} tabIndex={-1}>
      {title && <p className={styles.title}>{title}</p>}
      <p className={styles.message}>{message}</p>
    </div>
  )
}
