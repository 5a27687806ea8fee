package org.podium.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.podium.platform.PodiumConfig;

/**
 * The staff forms' date-time fields: reads what {@link DateTimeText} reads, in the council's time zone and the
 * page's language; shows a value as {@value Formats#INPUT_PATTERN}, which every reader of the form can read back.
 */
@FacesConverter("podium.dateTime")
public class DateTimeInputConverter implements Converter<LocalDateTime> {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern(Formats.INPUT_PATTERN);

    @Override
    public LocalDateTime getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DateTimeText.parse(
                    value,
                    Faces.locale(),
                    LocalDateTime.now(
                            CDI.current().select(PodiumConfig.class).get().zone()));
        } catch (DateTimeText.Invalid e) {
            Object label = component.getAttributes().get("label");
            String text = Faces.text(e.key(), label == null ? "" : label);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDateTime value) {
        return value == null ? "" : SHOWN.format(value);
    }
}
