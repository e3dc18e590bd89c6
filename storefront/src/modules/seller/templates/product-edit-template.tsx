import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { deleteProduct, saveProduct, setProductStatus } from "@/lib/actions/seller"
import type { SellerProductDetail } from "@/lib/seller-types"
import { productToFormValues, type ProductFormValues } from "@/lib/util/seller-product-form"
import { DeleteProductForm } from "../components/delete-product-form"
import { FormAlert } from "../components/form-alert"
import { ProductForm } from "../components/product-form"
import { ProductStatusForm } from "../components/product-status-form"
import { StatusChip } from "../components/status-chip"
import styles from "./seller.module.css"

type Crafts = { handle: string; name: string }[]

function BackLink({ label }: { label: string }) {
  return (
    <Link href="/seller/products" className={styles.back}>
      <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2" aria-hidden="true" focusable="false">
        <path d="M15 5l-7 7 7 7" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {label}
    </Link>
  )
}

export async function ProductNewTemplate({ crafts, initial }: { crafts: Crafts; initial: ProductFormValues }) {
  const t = await getTranslations("seller.productForm")
  return (
    <div className={styles.formColumn}>
      <BackLink label={t("backToList")} />
      <div className={styles.pageHead}>
        <h1>{t("newTitle")}</h1>
      </div>
      <ProductForm action={saveProduct.bind(null, null)} initial={{ values: initial, fieldErrors: {}, formError: null }} crafts={crafts} mode="create" />
    </div>
  )
}

export async function ProductEditTemplate({
  product,
  crafts,
  created,
}: {
  product: SellerProductDetail
  crafts: Crafts
  created: boolean
}) {
  const [t, list] = await Promise.all([getTranslations("seller.productForm"), getTranslations("seller.products")])
  const published = product.status === "published"

  return (
    <div className={styles.formColumn}>
      <BackLink label={t("backToList")} />
      <div className={styles.pageHead}>
        <h1>{t("editTitle")}</h1>
      </div>
      {created && <FormAlert kind="success" message={t("created")} />}

      <section className={`${styles.card} ${styles.statusCard} ${created ? styles.sectionGap : ""}`} aria-labelledby="status-title">
        <h2 id="status-title" className="visually-hidden">
          {t("statusLegend")}
        </h2>
        <p className={styles.statusLine}>
          <StatusChip tone={published ? "success" : "neutral"}>{published ? list("published") : list("draft")}</StatusChip>
          <span>{published ? t("statusPublished") : t("statusDraft")}</span>
        </p>
        <div className={styles.statusActions}>
          <ProductStatusForm action={setProductStatus.bind(null, product.id)} status={product.status} />
          {published && (
            <Link href={`/products/${product.handle}`} target="_blank">
              {t("viewInShop")}
            </Link>
          )}
        </div>
      </section>

      <ProductForm
        action={saveProduct.bind(null, product.id)}
        initial={{ values: productToFormValues(product), fieldErrors: {}, formError: null }}
        crafts={crafts}
        mode="edit"
      />

      <div className={styles.sectionGap}>
        <DeleteProductForm action={deleteProduct.bind(null, product.id)} handle={product.handle} />
      </div>
    </div>
  )
}
