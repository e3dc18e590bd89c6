import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useParams } from "react-router-dom"
import { CertificateRecords } from "../../../components/certificate-records"
import { ProducerEdit } from "../../../components/producer-edit"
import { ProducerReview } from "../../../components/producer-review"
import { sdk } from "../../../lib/sdk"
import type { AdminMarkRight, AdminOcopCertificate } from "../../../lib/certificates"
import { LEGAL_KIND_LABEL, STATUS_COLOR, STATUS_LABEL, type AdminProducer } from "../../../lib/producers"

const Row = ({ label, value }: { label: string; value: React.ReactNode }) => (
  <div className="grid grid-cols-2 gap-4 px-6 py-3">
    <Text size="small" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small">{value ?? "—"}</Text>
  </div>
)

// Vietnam time (UTC+7), as the settlement report counts whole days there.
const vnDate = () => new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10)
const today = () => vnDate()
const monthStart = () => `${vnDate().slice(0, 8)}01`

/** One producer: the application as submitted, and the officer's review panel. */
const ProducerPage = () => {
  const { id } = useParams()
  const { data, isLoading, error } = useQuery({
    queryKey: ["producer", id],
    queryFn: () => sdk.client.fetch<{ producer: AdminProducer }>(`/admin/producers/${id}`),
  })
  const records = useQuery({
    queryKey: ["producer-certificates", id],
    queryFn: () => sdk.client.fetch<{ certificates: AdminOcopCertificate[]; rights: AdminMarkRight[] }>(`/admin/producers/${id}/certificates`),
  })
  if (isLoading) return <Container>Đang tải…</Container>
  if (error || !data) return <Container>{(error as Error)?.message ?? "Không tìm thấy người bán."}</Container>
  const p = data.producer
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <Heading level="h1">{p.name}</Heading>
          <Badge color={STATUS_COLOR[p.status]}>{STATUS_LABEL[p.status]}</Badge>
        </div>
        <Row label="Địa chỉ gian hàng" value={p.handle} />
        <Row label="Loại hình" value={LEGAL_KIND_LABEL[p.legal_kind]} />
        <Row label="Mã số thuế" value={p.tax_code} />
        <Row label="Điện thoại" value={p.phone} />
        <Row label="Email" value={p.email} />
        <Row label="Địa chỉ" value={p.address} />
        <Row label="Làng nghề" value={p.craft_village ? `${p.craft_village.name} (${p.craft_village.commune})` : null} />
        <Row label="Người đăng nhập" value={p.members.map((m) => `${m.name} <${m.email}>`).join(", ")} />
        <Row label="Giới thiệu" value={p.story} />
        <Row label="Hoa hồng sàn" value={`${p.commission_percent}%`} />
        {p.status_reason && <Row label="Lý do" value={p.status_reason} />}
      </Container>
      <Container className="flex flex-col gap-y-3">
        <Heading level="h2">Quyết định của cán bộ</Heading>
        <ProducerReview producer={p} />
      </Container>
      <Container className="flex flex-col gap-y-3">
        <Heading level="h2">Sửa hồ sơ và hoa hồng</Heading>
        <ProducerEdit key={p.id + p.commission_percent} producer={p} />
      </Container>
      <Container className="flex flex-col gap-y-3">
        <Heading level="h2">Chứng nhận OCOP và quyền sử dụng nhãn</Heading>
        {records.data ? (
          <CertificateRecords certificates={records.data.certificates} rights={records.data.rights} />
        ) : (
          <Text size="small">{records.error ? (records.error as Error).message : "Đang tải…"}</Text>
        )}
      </Container>
      <Container className="flex flex-col gap-y-2">
        <Heading level="h2">Đối soát</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Tải bảng đối soát (CSV) của tháng này: doanh thu, hoàn tiền, hoa hồng và số tiền phải trả.
        </Text>
        <a
          className="text-ui-fg-interactive"
          href={`/admin/producers/${p.id}/settlements?format=csv&from=${monthStart()}&to=${today()}`}
        >
          Tải CSV đối soát
        </a>
      </Container>
    </div>
  )
}

export default ProducerPage
