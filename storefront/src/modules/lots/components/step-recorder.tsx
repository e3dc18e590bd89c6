"use client"

import { useLocale } from "next-intl"
import { useActionState, useEffect, useRef, useState } from "react"
import type { FormState } from "@/lib/actions/seller"
import { emptyEventForm, UNITS, type EventFormValues } from "@/lib/lots/forms"
import { stepLabel, stepUsesQuantities, TRACE_STEP_KEYS, type TraceStepKey } from "@/lib/lots/steps"
import { toVnDateTimeInput } from "@/lib/lots/vn-time"
import { SelectField, TextAreaField, TextField } from "@/modules/seller/components/field"
import { FormAlert } from "@/modules/seller/components/form-alert"
import { SubmitButton } from "@/modules/seller/components/submit-button"
import { useVisibleErrors } from "@/modules/seller/components/use-visible-errors"
import formStyles from "@/modules/seller/components/seller-form.module.css"
import { EventPhoto } from "./event-photo"
import styles from "./lots-forms.module.css"
import { useLotsTranslations } from "./use-lots-translations"

type EventAction = (previous: FormState<EventFormValues>, formData: FormData) => Promise<FormState<EventFormValues>>

type Choice = { step: TraceStepKey; now: string; picked: boolean }

/**
 * One big button per craft step; tapping one opens its short form below (time defaults to
 * now). Without JavaScript the buttons reload the page with `?step=…`, which renders the
 * same form.
 */
export function StepRecorder({
  action,
  initialStep,
  serverNow,
  defaultPlace,
  places,
  productTitle,
  closeHref,
}: {
  action: EventAction
  initialStep: TraceStepKey | null
  /** "Now" in Vietnam when the page was made, for a form opened by `?step=`. */
  serverNow: string
  defaultPlace: string
  places: string[]
  productTitle: string
  closeHref: string
}) {
  const t = useLotsTranslations("lots.record")
  const locale = useLocale()
  const [choice, setChoice] = useState<Choice | null>(initialStep ? { step: initialStep, now: serverNow, picked: false } : null)

  return (
    <>
      <form method="get" action="#record-step" aria-label={t("pick")} className={styles.stepGrid}>
        {TRACE_STEP_KEYS.map((key) => (
          <button
            key={key}
            type="submit"
            name="step"
            value={key}
            className={styles.stepButton}
            aria-pressed={choice?.step === key}
            onClick={(event) => {
              event.preventDefault()
              setChoice({ step: key, now: toVnDateTimeInput(new Date()), picked: true })
            }}
          >
            {stepLabel(key, locale)}
          </button>
        ))}
      </form>
      {choice && (
        <EventForm
          key={choice.step}
          action={action}
          choice={choice}
          defaultPlace={defaultPlace}
          places={places}
          productTitle={productTitle}
          closeHref={closeHref}
          onClose={() => setChoice(null)}
        />
      )}
    </>
  )
}

function EventForm({
  action,
  choice,
  defaultPlace,
  places,
  productTitle,
  closeHref,
  onClose,
}: {
  action: EventAction
  choice: Choice
  defaultPlace: string
  places: string[]
  productTitle: string
  closeHref: string
  onClose: () => void
}) {
  const t = useLotsTranslations("lots.record")
  const locale = useLocale()
  const common = useLotsTranslations("lots.common")
  const units = useLotsTranslations("lots.uom")
  const { step } = choice
  const [state, formAction] = useActionState(action, {
    values: emptyEventForm(step, choice.now, defaultPlace),
    fieldErrors: {},
    formError: null,
  })
  const { errors, onChange } = useVisibleErrors(state.fieldErrors)
  const { values } = state
  const heading = useRef<HTMLHeadingElement>(null)
  const unitOptions = UNITS.map((unit) => ({ value: unit, label: units(unit) }))

  useEffect(() => {
    // A step picked by tapping: take the reader (and the screen reader) to its form.
    if (!choice.picked || !heading.current) return
    heading.current.focus()
    heading.current.scrollIntoView({ block: "start", behavior: "smooth" })
  }, [choice])

  return (
    <section id="record-step-form" className={styles.eventForm} aria-labelledby="record-step-title">
      <h3 id="record-step-title" ref={heading} tabIndex={-1} className={styles.eventFormTitle}>
        {t("formTitle", { step: stepLabel(step, locale) })}
      </h3>
      <form action={formAction} onChange={onChange} className={formStyles.form}>
        {state.formError && <FormAlert kind="error" message={state.formError} />}
        <input type="hidden" name="step" value={step} />
        <TextField
          name="event_time"
          type="datetime-local"
          label={t("time")}
          required
          defaultValue={values.event_time}
          error={errors.event_time}
        />
        <TextField
          name="place_name"
          label={t("place")}
          optionalLabel={common("optional")}
          hint={t("placeHint")}
          list={places.length > 0 ? "place-suggestions" : undefined}
          maxLength={200}
          autoComplete="off"
          defaultValue={values.place_name}
          error={errors.place_name}
        />
        {places.length > 0 && (
          <datalist id="place-suggestions">
            {places.map((place) => (
              <option key={place} value={place} />
            ))}
          </datalist>
        )}
        <TextAreaField
          name="note"
          label={t("note")}
          optionalLabel={common("optional")}
          hint={t("noteHint")}
          rows={3}
          maxLength={1000}
          defaultValue={values.note}
          error={errors.note}
        />
        {stepUsesQuantities(step) && (
          <fieldset className={formStyles.section}>
            <legend className={formStyles.legend}>{t("quantities")}</legend>
            <p className={formStyles.note}>{t("quantitiesHint")}</p>
            {(["input", "output"] as const).map((group) => (
              <fieldset key={group} className={styles.quantityGroup}>
                <legend className={styles.quantityLegend}>{t(group)}</legend>
                <TextField
                  name={`${group}.label`}
                  label={t("label")}
                  placeholder={group === "input" ? t("inputLabelPlaceholder") : t("outputLabelPlaceholder", { product: productTitle })}
                  maxLength={120}
                  autoComplete="off"
                  defaultValue={values[group].label}
                  error={errors[`${group}.label`]}
                />
                <div className={formStyles.row2}>
                  <TextField
                    name={`${group}.quantity`}
                    label={t("quantity")}
                    inputMode="decimal"
                    autoComplete="off"
                    defaultValue={values[group].quantity}
                    error={errors[`${group}.quantity`]}
                  />
                  <SelectField
                    name={`${group}.uom`}
                    label={t("uom")}
                    options={unitOptions}
                    defaultValue={values[group].uom}
                    error={errors[`${group}.uom`]}
                  />
                </div>
              </fieldset>
            ))}
          </fieldset>
        )}
        <EventPhoto initialUrl={values.photo_url} error={errors.photo_url} />
        <div className={formStyles.actions}>
          <SubmitButton className={formStyles.primaryAction} pendingLabel={common("sending")}>
            {t("submit")}
          </SubmitButton>
          <a
            href={closeHref}
            className="button button-secondary"
            onClick={(event) => {
              event.preventDefault()
              onClose()
            }}
          >
            {t("cancel")}
          </a>
        </div>
      </form>
    </section>
  )
}
