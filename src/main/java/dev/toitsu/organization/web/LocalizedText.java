package dev.toitsu.organization.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Picks the English of a name the organization entered in both languages (role names, unit names, reasons) when the
 * page is in English and the English exists. Templates call it as {@code ${@localizedText.pick(r.name, r.nameEn)}}.
 */
@Component("localizedText")
public class LocalizedText {

    public String pick(String japanese, String english) {
        boolean en = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return en && english != null && !english.isBlank() ? english : japanese;
    }
}
