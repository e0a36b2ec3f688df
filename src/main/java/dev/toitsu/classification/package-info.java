/**
 * 格付 and 取扱制限: each organization's classification scheme (confidentiality, integrity and availability levels,
 * handling restrictions, the derived groupings 要機密・要保全・要安定・要保護情報), versioned and owned by the
 * 統括情報セキュリティ責任者; and the rule tables that say how information of a level may be sent or shared (seeded
 * with the NINS 【別表】 3.1(2)④(b)), with a "may I send this?" check that cites the rule, its source clause and any
 * conflict with the body text. Depends on {@code shared} and {@code audittrail}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Classification")
package dev.toitsu.classification;
