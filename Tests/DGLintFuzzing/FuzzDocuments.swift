import DGLintEngine
import DGLintModel
import DGLintThai
import DGLintYAML

/// The fixed documents the fuzz targets run their input against.
enum FuzzDocuments {
    /// A small document with every kind of value, Thai text and money strings (the expression table's).
    static let small = parse(
        #"""
        {"n": 3, "x": 2.5, "s": "สวัสดี", "b": true, "nil": null,
         "list": [1, 2, 3], "empty": [], "strs": ["a", "b"],
         "m": {"a": 1, "b": "two", "c": {"d": [10, 20]}},
         "items": [{"name": "cloud", "amount": 6000000}, {"name": "server", "amount": "3 ล้านบาท"},
                   {"name": "licence", "amount": "๑๒๐,๐๐๐.๕๐ บาท"}],
         "thai": "๒๕๖๙", "money": "12.5 ล้านบาท",
         "budget": {"total": 45000000, "items": [{"amount": 6000000}, {"amount": "3 ล้านบาท"}]}}
        """#
    ).value

    /// The pack data expressions see as `data`.
    static let data = parse(#"{"cloud_models": [gdcc, hybrid], "limit": 100000, "names": {"a": "ก"}}"#).value

    /// The day the pack target's waivers are judged on.
    static let today = ThaiDate(year: 2569, month: 1, day: 1)

    /// The clean proposal of `fixtures/proposals/clean-example.yaml` (a test checks that they agree).
    static let proposal = parse(
        #"""
        # The complete example of PROPOSAL-FORMAT.md: a clean proposal that every pack must accept.
        format: dglint/proposal/v1
        id: DMS-2569-0007                       # the agency's own reference
        title:
          th: ระบบนัดหมายและติดตามการรักษาออนไลน์
          en: Online appointment and treatment follow-up
        agency:
          name: {th: กรมการแพทย์, en: Department of Medical Services}
          ministry: {th: กระทรวงสาธารณสุข, en: Ministry of Public Health}
          code: "21002"                         # Budget Bureau agency code
          level: central
          owner_unit: ศูนย์เทคโนโลยีสารสนเทศ
          officer: {name: นางสาวสมใจ ใจดี, position: นักวิชาการคอมพิวเตอร์ชำนาญการ, email: somjai@dms.go.th, phone: "02-590-6000"}
        fiscal_years: [2569, 2570]
        sectors: [health]
        rationale: >-
          ผู้ป่วยนอกของโรงพยาบาลในสังกัดกรมการแพทย์ต้องรอรับบริการนานเฉลี่ย 3 ชั่วโมง
          การนัดหมายล่วงหน้าทางออนไลน์จะลดความแออัดและเวลารอคอย
        objectives:
          - {id: O1, text: ลดเวลารอคอยของผู้ป่วยนอก}
        scope: โรงพยาบาลในสังกัดกรมการแพทย์ 12 แห่ง ทั้งระบบนัดหมายผ่านเว็บไซต์และแอปพลิเคชัน
        deliverables: [ระบบนัดหมายออนไลน์, แอปพลิเคชันบนมือถือ]
        kpis:
          - {objective: O1, name: เวลารอคอยเฉลี่ย, baseline: 180, target: 60, unit: นาที, due: 2570-09-30}
        benefits:
          citizens: ผู้ป่วยนัดหมายได้เองตลอด 24 ชั่วโมงและรอรับบริการสั้นลง
          businesses: ผู้ประกอบการด้านสุขภาพเชื่อมต่อข้อมูลนัดหมายผ่าน API ได้
          government: โรงพยาบาลวางแผนกำลังคนตามจำนวนนัดหมายได้แม่นยำขึ้น
        alignment:
          dg_plan: {plan: "2566-2570", strategies: [2]}
          national_strategy: {pillar: การพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์, master_plan: การพัฒนาการเรียนรู้และสุขภาวะ}
          agency_digital_plan: {title: แผนปฏิบัติการดิจิทัลกรมการแพทย์, period: "2566-2570"}
          national_targets: [{name: EGDI, baseline: 0.76, target: 0.82}]
        timeline:
          start: 2568-10-01
          end: 2570-09-30
          milestones: [{name: ติดตั้งระบบ, due: 2569-03-31}]
        budget:
          currency: THB
          total: 45000000
          by_fiscal_year: {2569: 30000000, 2570: 15000000}
          items:
            - category: cloud
              description: ค่าบริการคลาวด์ GDCC
              amount: 6000000
              fiscal_year: 2569
              price_reference: gdcc
            - {category: hardware, description: เครื่องคอมพิวเตอร์แม่ข่าย, quantity: 4, unit_price: 750000, amount: 3000000, fiscal_year: 2569, price_reference: des}
            - {category: software, description: ใบอนุญาตซอฟต์แวร์, amount: 120000, fiscal_year: 2569, price_reference: survey,
               foreign_currency: {currency: USD, amount: 3500, rate: 34.25, rate_date: 2568-06-01}}
            - {category: services, description: พัฒนาระบบนัดหมายและแอปพลิเคชัน, amount: 20880000, fiscal_year: 2569, price_reference: budget-bureau}
            - {category: maintenance, description: บำรุงรักษาระบบและบริการคลาวด์ปีที่สอง, amount: 15000000, fiscal_year: 2570, price_reference: budget-bureau}
          tco: {years: 5, total: 61000000, includes: [maintenance, licences, cloud]}
        procurement:
          method: e-bidding
          approval_route: agency-committee
          sub_projects: []
          specifications: [เครื่องคอมพิวเตอร์แม่ข่าย 2 CPU 32 cores หรือเทียบเท่า]
          acceptance_criteria: [ผ่านการทดสอบโหลด 2,000 ผู้ใช้พร้อมกัน]
        services:
          - name: นัดหมายตรวจผู้ป่วยนอก
            online: true
            channels: [web, mobile, counter]
            identity: {required: true, ial: "2.3", aal: "2", risk_assessment: true, provider: ThaID, authoritative_source: กรมการปกครอง}
            payment: {fees: false, methods: []}
            required_documents: []
            e_service_level: 3
        website:
          url: https://appointment.dms.go.th
          accessibility: {standard: WCAG, version: "2.1", level: AA}
          tls_min: "1.2"
          privacy_notice: true
          cookie_notice: true
          responsive: true
        data:
          owner: กองเวชระเบียน
          quality_controls: [ตรวจสอบความถูกต้องของเลขประจำตัวประชาชน]
          protection_process: ควบคุมสิทธิ์การเข้าถึงตามบทบาท เข้ารหัสข้อมูลทั้งขณะจัดเก็บและรับส่ง และบันทึกการเข้าถึงทุกครั้ง
          catalog: {registered: true, catalog: gdcatalog}
          datasets:
            - name: ข้อมูลการนัดหมาย
              classification: confidential
              personal_data: true
              sensitive_personal_data: true
              data_subjects: 1200000
              lawful_basis: [public-task]
              sensitive_basis: medical-treatment
              retention: "10 years"
              metadata_standard: true
              sharing: {gdx: true, shared_with: [สำนักงานหลักประกันสุขภาพแห่งชาติ]}
              open_data: {publish: false, reason: ข้อมูลส่วนบุคคลอ่อนไหว}
            - name: สถิติการให้บริการรายเดือน
              classification: public
              personal_data: false
              metadata_standard: true
              open_data: {publish: true, portal: data.go.th, formats: [CSV], license: Open Government License Thailand, anonymised: true, english_column_names: true}
        privacy:
          dpo: {name: นายประสิทธิ์ คุ้มครอง, email: dpo@dms.go.th}
          privacy_notice: true
          ropa: true
          dpia: {done: true, date: 2568-08-15}
          breach_procedure: {notify_within_hours: 72}
          cross_border: {transfer: false}
        security:
          policy_ref: นโยบายการรักษาความมั่นคงปลอดภัยสารสนเทศ กรมการแพทย์ 2567
          cii: true
          category: high
          risk_assessment: true
          audit_plan: true
          incident_response: {plan: true, reports_to: [ThaiCERT, NCSA], contact_within_minutes: 60}
          log_retention_days: 90
          penetration_test: true
        hosting:
          model: gdcc
          cloud_first: {considered: true, justification: ใช้บริการคลาวด์กลางภาครัฐ (GDCC) ตามนโยบาย Cloud First}
          provider: {name: บริษัท โครงสร้างพื้นฐานแห่งชาติ จำกัด, thai_incorporated: true, dga_listed: true}
          exit_strategy: ส่งออกข้อมูลและอิมเมจระบบในรูปแบบมาตรฐานเปิดทุกไตรมาส เพื่อย้ายผู้ให้บริการได้ภายใน 90 วัน
        interoperability:
          apis: [{name: appointment-api, spec: openapi-3.1, security: tgix-linkage, provides_to_agencies: true}]
          gdx: true
          semantic_standards: [tgix-semantic-person]
        correspondence: {e_saraban: true}
        risks:
          - {risk: ผู้ใช้ไม่คุ้นเคยกับระบบ, category: schedule, likelihood: medium, impact: medium, mitigation: อบรมเจ้าหน้าที่}
        waivers:
          - rule: CLOUD-05
            reason: ผู้ให้บริการคลาวด์ยังไม่ได้ประกาศรายชื่อ ณ วันที่เสนอโครงการ
            approved_by: ผู้อำนวยการศูนย์เทคโนโลยีสารสนเทศ
            reference: หนังสือที่ สธ 0901/123
            expires: 2570-09-30                 # PROPOSAL-FORMAT.md says 2569-09-30, which has passed; a later date keeps the example clean
        """#, file: "clean-example.yaml")

    /// The first document of a fixed text; an empty object if it does not load (a test checks that they do).
    static func parse(_ text: String, file: String = "fixed.json") -> SourceDocument {
        guard let document = try? YAMLLoader().load(text, file: file).first else {
            return SourceDocument(file: file, value: [:], sourceMap: SourceMap())
        }
        return SourceDocument(file: file, value: document.value, sourceMap: document.sourceMap)
    }
}
