import { getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/routing"
import type { ShopProduct } from "@/lib/types"
import { cheapestPrice, variantPrice } from "@/lib/util/price"
import type { ProductCardView } from "@/lib/util/product-card"
import { pickVariant, productImageUrls, variantCodes } from "@/lib/util/product-view"
import { variantStock } from "@/lib/util/stock"
import { productListQuery } from "@/lib/util/search-params"
import { PriceText } from "../components/price-text"
import { ProducerCard } from "../components/producer-card"
import { ProductGallery } from "../components/product-gallery"
import { VariantList } from "../components/variant-list"
import { Breadcrumb } from "@/modules/common/components/breadcrumb"
import { CertificateBadges } from "@/modules/certificates/components/certificate-badges"
import { CertificatePanel } from "@/modules/certificates/components/certificate-panel"
import { AddToCart } from "@/modules/cart/components/add-to-cart"
import type { TracePreview as TracePreviewData } from "@/lib/data/product-extras"
import { jsonLdScript, productStructuredData, type StructuredProduct } from "@/lib/util/structured-data"
import { RelatedProducts } from "../components/related-products"
import { TracePreview } from "../components/trace-preview"
import styles from "./product-template.module.css"

export async function ProductTemplate({
  product,
  locale,
  variantId,
  related,
  tracePreview,
  pageUrl,
}: {
  product: ShopProduct
  locale: AppLocale
  variantId: string | undefined
  related: ProductCardView[]
  tracePreview: TracePreviewData | null
  /** The page's own address, for search engines' product data. */
  pageUrl: string
}) {
  const t = await getTranslations("product")
  const variants = product.variants ?? []
  const variant = pickVariant(variants, variantId)
  const price = variantPrice(variant) ?? cheapestPrice(variants)
  const stock = variant ? variantStock(variant) : { available: false, quantity: 0 }
  const codes = variant ? variantCodes(variant) : { sku: null, gtin: null }
  const craft = product.categories?.[0]
  const paragraphs = (product.description ?? "")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)

  return (
    <div className={`container ${styles.page}`}>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(productStructuredData(product as StructuredProduct, pageUrl)) }} />
      <Breadcrumb
        label={t("breadcrumb")}
        crumbs={[
          { label: t("home"), href: "/" },
          { label: t("products"), href: "/products" },
          ...(craft ? [{ label: craft.name, href: `/products${productListQuery({ craft: craft.handle })}` }] : []),
          { label: product.title },
        ]}
      />

      <div className={styles.layout}>
        <ProductGallery title={product.title} images={productImageUrls(product)} />

        <div className={styles.info}>
          {craft && <p className={styles.craft}>{craft.name}</p>}
          <h1 className={styles.title}>{product.title}</h1>
          {product.subtitle && <p className={styles.subtitle}>{product.subtitle}</p>}
          <CertificateBadges product={product} locale={locale} size="large" />

          <div className={styles.buyBox}>
            <p className={styles.priceLine}>
              <span className="visually-hidden">{t("price")}: </span>
              {price ? (
                <PriceText price={price} locale={locale} originalLabel={t("originalPrice")} size="lg" />
              ) : (
                <span className="muted">—</span>
              )}
            </p>
            <p className={stock.available ? styles.inStock : styles.soldOut}>
              {!stock.available
                ? t("soldOut")
                : stock.quantity !== null
                  ? t("inStockCount", { count: stock.quantity })
                  : t("inStock")}
            </p>
          </div>

          {variants.length > 1 && (
            <VariantList handle={product.handle} variants={variants} selectedId={variant?.id} locale={locale} />
          )}

          <AddToCart variant={variant} />

          <ProducerCard producer={product.producer} />

          <CertificatePanel product={product} locale={locale} />

          <section className={styles.codes} aria-labelledby="codes-title">
            <h2 id="codes-title" className="visually-hidden">
              {t("codesTitle")}
            </h2>
            <p>
              <span>
                {t("sku")}: {codes.sku ? <code>{codes.sku}</code> : <span className="muted">{t("noCode")}</span>}
              </span>
              <span aria-hidden="true"> · </span>
              <span>
                {t("gtin")}: {codes.gtin ? <code>{codes.gtin}</code> : <span className="muted">{t("noCode")}</span>}
              </span>
            </p>
          </section>

          <TracePreview preview={tracePreview} />
        </div>
      </div>

      <section className={styles.description} aria-labelledby="description-title">
        <h2 id="description-title">{t("description")}</h2>
        {paragraphs.length > 0 ? (
          paragraphs.map((paragraph, index) => <p key={index}>{paragraph}</p>)
        ) : (
          <p className="muted">{t("noDescription")}</p>
        )}
      </section>

      <RelatedProducts cards={related} locale={locale} />
    </div>
  )
}
