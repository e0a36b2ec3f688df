-- The applications the standard prescribes, as built-in request types (organization_id null). An organization
-- changes a route or form by defining a type with the same code (WORKFLOW_ADMINISTER); nothing here is code.

-- 例外措置: 001 1.2.1.3(2)(b) fields (イ)–(カ); (ア) 申請者の情報 is taken from the directory at submission. The
-- exemption module owns the typed form, the 審査記録 and the ledger; this row is the route and the form.
INSERT INTO request_type (code, name, name_en, description, description_en, clause, separation_family, fields,
                          route, checks, has_period, end_report, post_hoc_allowed, decision_days, sort_order)
VALUES ('EXEMPTION', '例外措置の適用申請', 'Application for an exemption (例外措置)',
        '情報セキュリティ関係規程の一部を適用しない、又は代替の方法を採用することの許可を許可権限者に求める申請です。緊急の場合は事後速やかに申請します。',
        'Permission from the approver not to apply part of the security rules, or to use an alternative measure. In an emergency, apply promptly afterwards.',
        '1.2.1.3(2)', 'exemption',
        '[{"key":"regulation","label":"規程名","labelEn":"Regulation","type":"TEXT","required":true,"maxLength":200,"amendable":true},
          {"key":"clause","label":"条項等（適用箇所）","labelEn":"Clause","type":"TEXT","required":true,"maxLength":200,"amendable":true},
          {"key":"requirementId","label":"対応する統一基準の遵守事項（カタログの版と条項、例 nisc-r5:6.1.3(1)(a)、任意）","labelEn":"Catalog requirement (edition:clause, e.g. nisc-r5:6.1.3(1)(a); optional)","type":"TEXT","required":false,"maxLength":80,"amendable":true},
          {"key":"systemIds","label":"対象の情報システム（台帳のID、複数はカンマ区切り、任意）","labelEn":"Information systems (register ids, comma-separated, optional)","type":"TEXT","required":false,"maxLength":2000,"amendable":false},
          {"key":"measures","label":"措置内容（講ずる代替手段等）","labelEn":"Measures (alternative measures taken)","type":"TEXTAREA","required":true,"maxLength":4000,"amendable":true},
          {"key":"endReportMethod","label":"例外措置の適用を終了したときの報告方法","labelEn":"How the end will be reported","type":"TEXTAREA","required":true,"maxLength":1000,"amendable":true},
          {"key":"reason","label":"申請する理由","labelEn":"Reason","type":"TEXTAREA","required":true,"maxLength":4000,"amendable":false}]',
        '[{"roleCode":"ISO","scope":"APPLICANT_UNIT","label":"許可権限者（情報セキュリティ責任者）","labelEn":"Approver (information security officer)"}]',
        '[]', true, true, true, 14, 10);

-- クラウドサービスの利用: R5 4.2.3(2) (要機密情報を取り扱わない場合: 職員等が申請し許可権限者が承認). A service
-- outside the ISMAP list needs the reason and the evidence that ISMAP's requirements are met (R5 4.2.1(2)(c)).
INSERT INTO request_type (code, name, name_en, description, description_en, clause, fields, route, checks,
                          has_period, end_report, decision_days, sort_order)
VALUES ('CLOUD_USE', 'クラウドサービスの利用申請', 'Application to use a cloud service',
        '業務でクラウドサービスを利用する前に許可権限者の承認を得ます。要機密情報を取り扱う場合は原則としてISMAP等クラウドサービスリストから選定します。',
        'Approval before a cloud service is used for work. Services handling confidential information are chosen from the ISMAP list in principle.',
        '4.2.3(2)（令和5年度版）',
        '[{"key":"serviceName","label":"クラウドサービス名","labelEn":"Service","type":"TEXT","required":true,"maxLength":200},
          {"key":"provider","label":"提供事業者","labelEn":"Provider","type":"TEXT","required":true,"maxLength":200},
          {"key":"purpose","label":"利用目的・業務","labelEn":"Purpose","type":"TEXTAREA","required":true,"maxLength":2000},
          {"key":"information","label":"取り扱う情報の概要","labelEn":"Information handled","type":"TEXTAREA","required":true,"maxLength":2000},
          {"key":"confidential","label":"要機密情報を取り扱う","labelEn":"Handles confidential information","type":"BOOLEAN","required":false},
          {"key":"ismapListed","label":"ISMAP等クラウドサービスリストに登録されている","labelEn":"Listed in ISMAP / ISMAP-LIU","type":"BOOLEAN","required":false},
          {"key":"nonIsmapReason","label":"リスト外から選定する理由とISMAPの要求事項を満たすことの確認結果（該当する場合）","labelEn":"Why a non-listed service, and how ISMAP requirements are met (if applicable)","type":"TEXTAREA","required":false,"maxLength":4000},
          {"key":"procurement","label":"調達行為を伴う","labelEn":"Procured (contract)","type":"BOOLEAN","required":false},
          {"key":"securityMeasures","label":"主体認証・アクセス制御等の対策","labelEn":"Authentication and access control measures","type":"TEXTAREA","required":true,"maxLength":4000}]',
        '[{"roleCode":"SECTION_ISO","scope":"APPLICANT_UNIT","label":"課室情報セキュリティ責任者","labelEn":"Section information security officer"},
          {"roleCode":"CLOUD_ADMIN","scope":"ANY","label":"クラウドサービス管理者","labelEn":"Cloud service administrator"}]',
        '[{"key":"termsReviewed","label":"利用規約・データの保存場所を確認した","labelEn":"Terms of use and data location reviewed"},
          {"key":"accessControl","label":"主体認証・アクセス制御の設定方法を確認した","labelEn":"Authentication and access control checked"}]',
        true, false, 14, 20);

-- 機関等支給以外の端末 (BYOD): the seven fields of 004 §5 (注5) and the checks before approval (004 §5, 政府機関等
-- ガイドライン 6.1.3): antivirus, no file-sharing software, screen lock and remote wipe, permitted OS and version,
-- training. 機密性3 information is never handled on such a terminal.
INSERT INTO request_type (code, name, name_en, description, description_en, clause, fields, route, checks,
                          has_period, end_report, decision_days, sort_order)
VALUES ('PERSONAL_DEVICE', '支給以外の端末の利用申請', 'Application to use a personal device (BYOD)',
        '機関等支給以外のパソコンやモバイル端末を業務に利用するための申請です。機密性3の情報は取り扱えません。利用終了時は業務に係る情報を削除して報告します。',
        'Use of a device not issued by the organization. Confidentiality-3 information is never handled on it; work data is erased when use ends.',
        '6.1.3（政府機関等ガイドライン）、総務省ガイドライン 5.1(1)② 注5',
        '[{"key":"contractName","label":"端末の契約者の名義（通信事業者と契約する端末の場合）","labelEn":"Contract holder of the device","type":"TEXT","required":false,"maxLength":200},
          {"key":"maker","label":"製造企業名","labelEn":"Manufacturer","type":"TEXT","required":true,"maxLength":200},
          {"key":"model","label":"機種名","labelEn":"Model","type":"TEXT","required":true,"maxLength":200},
          {"key":"osName","label":"OSの種類","labelEn":"Operating system","type":"TEXT","required":true,"maxLength":100},
          {"key":"osVersion","label":"OSのバージョン","labelEn":"OS version","type":"TEXT","required":true,"maxLength":100},
          {"key":"purpose","label":"利用目的","labelEn":"Purpose","type":"TEXTAREA","required":true,"maxLength":2000},
          {"key":"information","label":"取り扱う情報の概要","labelEn":"Information handled","type":"TEXTAREA","required":true,"maxLength":2000},
          {"key":"confidentiality","label":"取り扱う情報の最高の格付","labelEn":"Highest classification handled","type":"CHOICE","required":true,"options":["機密性1","機密性2"]},
          {"key":"mainPlace","label":"主要な利用場所","labelEn":"Main place of use","type":"TEXT","required":true,"maxLength":200},
          {"key":"networkService","label":"利用する主要な通信回線サービス","labelEn":"Main network service","type":"TEXT","required":true,"maxLength":200}]',
        '[{"roleCode":"SECTION_ISO","scope":"APPLICANT_UNIT","label":"課室情報セキュリティ責任者","labelEn":"Section information security officer"},
          {"roleCode":"ISO","scope":"APPLICANT_UNIT","label":"情報セキュリティ責任者","labelEn":"Information security officer"}]',
        '[{"key":"antivirus","label":"不正プログラム対策（ウイルスチェック）が実施されている","labelEn":"Anti-malware is in place"},
          {"key":"noFileSharing","label":"ファイル共有ソフトウェアが導入されていない","labelEn":"No file-sharing software"},
          {"key":"screenLock","label":"パスワード等による画面ロック機能が設定されている","labelEn":"Screen lock is set"},
          {"key":"remoteWipe","label":"遠隔消去機能が利用できる","labelEn":"Remote wipe is available"},
          {"key":"osAllowed","label":"業務への利用を許可できるOS・バージョンであり、利用する情報システムの対策が対応している","labelEn":"OS and version are permitted and supported by the systems used"},
          {"key":"trainingTaken","label":"支給以外の端末のセキュリティに関する教育を受講している","labelEn":"Training on personal devices taken"}]',
        true, true, 14, 30);

-- 持出し: devices or media taken outside the 要管理対策区域 (001 1.4.1.1; 004 §4 and 注3: high-risk places need a
-- dedicated device with ports disabled, minimum data at check-out and complete erasure at check-in).
INSERT INTO request_type (code, name, name_en, description, description_en, clause, fields, route, checks,
                          has_period, end_report, decision_days, sort_order)
VALUES ('TAKE_OUT', '端末・記録媒体の持出し申請', 'Taking a device or medium out',
        '要管理対策区域外へ端末や外部電磁的記録媒体を持ち出すための申請です。返却時に情報を完全に削除して報告します。',
        'Taking a device or external medium outside the controlled area. Data is erased completely on return.',
        '1.4.1.1、6.1.2(2)-1（政府機関等ガイドライン）',
        '[{"key":"item","label":"持ち出すもの","labelEn":"Item","type":"CHOICE","required":true,"options":["モバイル端末","外部電磁的記録媒体","書面"]},
          {"key":"assetNumber","label":"管理番号","labelEn":"Asset number","type":"TEXT","required":false,"maxLength":100},
          {"key":"destination","label":"持出し先・用務","labelEn":"Destination and purpose","type":"TEXTAREA","required":true,"maxLength":2000},
          {"key":"highRisk","label":"情報セキュリティリスクが相対的に高い地域等への持出し","labelEn":"High-risk destination","type":"BOOLEAN","required":false},
          {"key":"information","label":"持ち出す情報（必要最小限）","labelEn":"Information taken (minimum)","type":"TEXTAREA","required":true,"maxLength":2000},
          {"key":"confidentiality","label":"持ち出す情報の最高の格付","labelEn":"Highest classification","type":"CHOICE","required":true,"options":["機密性1","機密性2","機密性3"]}]',
        '[{"roleCode":"SECTION_ISO","scope":"APPLICANT_UNIT","label":"課室情報セキュリティ責任者","labelEn":"Section information security officer"}]',
        '[{"key":"minimalData","label":"持ち出す情報が必要最小限であることを確認した","labelEn":"Data taken is the minimum"},
          {"key":"dedicatedDevice","label":"持出し専用端末である（高リスク地域の場合）","labelEn":"Dedicated device (high-risk destinations)"},
          {"key":"portsDisabled","label":"USBポート等を物理的に封印又は設定で無効化した（高リスク地域の場合）","labelEn":"USB ports sealed or disabled (high-risk destinations)"},
          {"key":"erasurePlanned","label":"返却時の完全削除又は工場出荷時の状態への初期化を手配した","labelEn":"Complete erasure or factory reset on return arranged"}]',
        true, true, 7, 40);

-- 再委託: the contractor applies, the 情報システムセキュリティ責任者 or 課室情報セキュリティ責任者 permits
-- (001 1.2.5.1(4)(e); R5 4.1.1).
INSERT INTO request_type (code, name, name_en, description, description_en, clause, fields, route, checks,
                          has_period, end_report, decision_days, sort_order)
VALUES ('SUBCONTRACT', '再委託の承認申請', 'Approval of subcontracting (再委託)',
        '委託先から再委託の申出があったときに、再委託先の情報セキュリティ対策を確認して承認します。',
        'A contractor asks to subcontract part of the work; the security of the subcontractor is checked first.',
        '1.2.5.1(4)(e)、4.1.1（令和5年度版）',
        '[{"key":"contract","label":"委託契約名","labelEn":"Contract","type":"TEXT","required":true,"maxLength":300},
          {"key":"contractor","label":"委託先","labelEn":"Contractor","type":"TEXT","required":true,"maxLength":200},
          {"key":"subcontractor","label":"再委託先","labelEn":"Subcontractor","type":"TEXT","required":true,"maxLength":200},
          {"key":"scope","label":"再委託する業務の範囲","labelEn":"Work subcontracted","type":"TEXTAREA","required":true,"maxLength":2000},
          {"key":"reason","label":"再委託の理由","labelEn":"Reason","type":"TEXTAREA","required":true,"maxLength":2000},
          {"key":"information","label":"再委託先が取り扱う情報","labelEn":"Information the subcontractor handles","type":"TEXTAREA","required":true,"maxLength":2000},
          {"key":"securityMeasures","label":"再委託先の情報セキュリティ対策と履行状況の確認方法","labelEn":"Subcontractor security measures and how they are checked","type":"TEXTAREA","required":true,"maxLength":4000}]',
        '[{"roleCode":"SECTION_ISO","scope":"APPLICANT_UNIT","label":"課室情報セキュリティ責任者","labelEn":"Section information security officer"}]',
        '[{"key":"sameLevel","label":"委託先と同等の情報セキュリティ対策が再委託先で確保されることを確認した","labelEn":"Subcontractor meets the same security level"},
          {"key":"supplyChain","label":"サプライチェーン・リスク（資本関係・役員等）を確認した","labelEn":"Supply-chain risk checked"}]',
        true, false, 14, 50);

-- 無線LAN: application procedure for wireless LAN use (R5 基本対策事項 6.4.3(1)-1 b); 001 2.2.4.2(3)).
INSERT INTO request_type (code, name, name_en, description, description_en, clause, fields, route, checks,
                          has_period, end_report, decision_days, sort_order)
VALUES ('WIRELESS_LAN', '無線LANの利用申請', 'Application to use a wireless LAN',
        '庁内の無線LANに端末を接続する、又は無線LANを設置するための申請です。',
        'Connecting a terminal to, or installing, a wireless LAN.',
        '6.4.3(1)-1 b)（令和5年度版）、2.2.4.2(3)',
        '[{"key":"location","label":"利用場所","labelEn":"Location","type":"TEXT","required":true,"maxLength":200},
          {"key":"device","label":"接続する端末（管理番号等）","labelEn":"Terminal","type":"TEXT","required":true,"maxLength":200},
          {"key":"purpose","label":"利用目的","labelEn":"Purpose","type":"TEXTAREA","required":true,"maxLength":2000},
          {"key":"authentication","label":"認証方式","labelEn":"Authentication","type":"TEXT","required":true,"maxLength":200},
          {"key":"encryption","label":"暗号化方式","labelEn":"Encryption","type":"CHOICE","required":true,"options":["WPA3","WPA2"]}]',
        '[{"roleCode":"SYSTEM_OWNER","scope":"ANY","label":"情報システムセキュリティ責任者","labelEn":"Information system security owner"}]',
        '[{"key":"registered","label":"端末の識別情報を登録した","labelEn":"Terminal registered"}]',
        true, true, 14, 60);
