import { Badge, Heading, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import {
  CERTIFICATE_STATUS_COLOR,
  CERTIFICATE_STATUS_LABEL,
  day,
  LEVEL_LABEL,
  MARK_KIND_LABEL,
  RIGHT_STATUS_COLOR,
  RIGHT_STATUS_LABEL,
  stars,
  type AdminMarkRight,
  type AdminOcopCertificate,
} from "../lib/certificates"

/** A product's or producer's OCOP certificates and rights of use, read-only (decisions are taken in the OCOP and GI pages). */
export const CertificateRecords = ({ certificates, rights }: { certificates: AdminOcopCertificate[]; rights: AdminMarkRight[] }) => (
  <div className="flex flex-col gap-y-4">
    <div className="flex flex-col gap-y-2">
      <Heading level="h3">Chứng nhận OCOP</Heading>
      {certificates.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Sản phẩm</Table.HeaderCell>
              <Table.HeaderCell>Hạng</Table.HeaderCell>
              <Table.HeaderCell>Quyết định</Table.HeaderCell>
              <Table.HeaderCell>Hiệu lực đến</Table.HeaderCell>
              <Table.HeaderCell>Trạng thái</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {certificates.map((c) => (
              <Table.Row key={c.id}>
                <Table.Cell>{c.product?.title ?? "—"}</Table.Cell>
                <Table.Cell>
                  {stars(c.stars)} ({c.score} điểm, {LEVEL_LABEL[c.issuing_level]})
                </Table.Cell>
                <Table.Cell>
                  <a href={c.evidence_url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive">
                    {c.decision_number}
                  </a>{" "}
                  ngày {day(c.decision_date)}
                </Table.Cell>
                <Table.Cell>{day(c.valid_until)}</Table.Cell>
                <Table.Cell>
                  <Badge color={CERTIFICATE_STATUS_COLOR[c.status]}>{CERTIFICATE_STATUS_LABEL[c.status]}</Badge>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          Chưa có chứng nhận OCOP.
        </Text>
      )}
    </div>
    <div className="flex flex-col gap-y-2">
      <Heading level="h3">Quyền sử dụng chỉ dẫn địa lý / nhãn hiệu</Heading>
      {rights.length ? (
        rights.map((r) => (
          <div key={r.id} className="flex items-center justify-between gap-2">
            <Text size="small">
              {r.mark ? (
                <Link to="/geo-marks" className="text-ui-fg-interactive">
                  {r.mark.name}
                </Link>
              ) : (
                "—"
              )}{" "}
              {r.mark ? `(${MARK_KIND_LABEL[r.mark.kind]}${r.mark.certificate_number ? ` số ${r.mark.certificate_number}` : ""})` : ""} · cấp {day(r.granted_at)}
              {r.expires_at ? ` · đến ${day(r.expires_at)}` : ""}
            </Text>
            <Badge color={RIGHT_STATUS_COLOR[r.status]}>{RIGHT_STATUS_LABEL[r.status]}</Badge>
          </div>
        ))
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          Chưa có quyền sử dụng nhãn nào.
        </Text>
      )}
    </div>
  </div>
)
