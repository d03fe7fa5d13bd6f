package io.cita.adapters.rest.problem;

import io.cita.application.error.BookingRuleViolationException;
import io.cita.application.error.ConflictException;
import io.cita.application.error.ForbiddenException;
import io.cita.application.error.InvalidCredentialsException;
import io.cita.application.error.InvalidRequestException;
import io.cita.application.error.LoginLockedException;
import io.cita.application.error.NotFoundException;
import io.cita.application.error.PaymentProviderUnavailableException;
import io.cita.application.error.PlanLimitExceededException;
import io.cita.application.error.SlotUnavailableException;
import io.cita.application.error.StoreUnavailableException;
import io.cita.application.error.UnauthorizedException;
import io.cita.domain.shared.InvalidValueException;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Maps the application's exceptions to problem+json, each to its status and stable code. */
@Controller
@Hidden
public class ProblemHandlers {
    @Error(global = true, exception = NotFoundException.class)
    public MutableHttpResponse<Problem> notFound(NotFoundException e) {
        return Problems.response(Problems.notFound("No such " + e.entity()));
    }

    @Error(global = true, exception = ConflictException.class)
    public MutableHttpResponse<Problem> conflict(ConflictException e) {
        return Problems.response(Problem.of(409, "conflict", "Conflict", e.getMessage())
                .withErrors(List.of(new Problem.FieldError(e.field(), e.getMessage()))));
    }

    @Error(global = true, exception = SlotUnavailableException.class)
    public MutableHttpResponse<Problem> slotUnavailable(SlotUnavailableException e) {
        return Problems.response(Problem.of(409, "slot-unavailable", "Slot unavailable",
                "The requested time is no longer available; choose another slot"));
    }

    @Error(global = true, exception = BookingRuleViolationException.class)
    public MutableHttpResponse<Problem> ruleViolated(BookingRuleViolationException e) {
        return Problems.response(Problem.of(422, "booking-rule-violated", "Booking rule violated",
                "The booking breaks the rule " + e.rule()).withRule(e.rule().name()));
    }

    @Error(global = true, exception = PlanLimitExceededException.class)
    public MutableHttpResponse<Problem> planLimit(PlanLimitExceededException e) {
        String what = e.limit().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Problems.response(Problem.of(403, "plan-limit-exceeded", "Plan limit exceeded",
                "The " + e.plan() + " plan allows " + e.allowed() + " " + what + "; everything the business has stays, "
                        + "and more can be added after upgrading the plan")
                .withLimit(e.limit().name(), e.plan().name(), e.allowed()));
    }

    @Error(global = true, exception = InvalidCredentialsException.class)
    public MutableHttpResponse<Problem> invalidCredentials(InvalidCredentialsException e) {
        return Problems.response(Problems.unauthorized("Invalid e-mail or password"));
    }

    @Error(global = true, exception = LoginLockedException.class)
    public MutableHttpResponse<Problem> loginLocked(LoginLockedException e) {
        return Problems.response(Problem.of(429, "rate-limited", "Too many attempts",
                "Too many failed logins from this address; try again later"))
                .header("Retry-After", Long.toString(e.retryAfterSeconds()));
    }

    @Error(global = true, exception = UnauthorizedException.class)
    public MutableHttpResponse<Problem> unauthorized(UnauthorizedException e) {
        return Problems.response(Problems.unauthorized(e.getMessage()));
    }

    @Error(global = true, exception = ForbiddenException.class)
    public MutableHttpResponse<Problem> forbidden(ForbiddenException e) {
        return Problems.response(Problems.forbidden(e.getMessage()));
    }

    @Error(global = true, exception = InvalidRequestException.class)
    public MutableHttpResponse<Problem> invalidRequest(InvalidRequestException e) {
        return Problems.response(Problems.validation(e.field(), e.getMessage()));
    }

    @Error(global = true, exception = InvalidValueException.class)
    public MutableHttpResponse<Problem> invalidValue(InvalidValueException e) {
        String message = e.getMessage() == null ? "request is invalid" : e.getMessage();
        int space = message.indexOf(' ');
        String field = space > 0 && message.substring(0, space).matches("[a-zA-Z.]+") ? message.substring(0, space)
                : "request";
        return Problems.response(Problems.validation(field, message));
    }

    @Error(global = true, exception = PaymentProviderUnavailableException.class)
    public MutableHttpResponse<Problem> paymentProviderUnavailable(PaymentProviderUnavailableException e) {
        return Problems.response(Problem.of(503, "payment-provider-unavailable", "Payment provider unavailable",
                "The payment provider cannot be reached right now; retry shortly")).header("Retry-After", "30");
    }

    @Error(global = true, exception = StoreUnavailableException.class)
    public MutableHttpResponse<Problem> storeUnavailable(StoreUnavailableException e) {
        return Problems.response(Problems.unavailable()).header("Retry-After", "5");
    }

    @Error(global = true, exception = IllegalArgumentException.class)
    public MutableHttpResponse<Problem> unreadable(IllegalArgumentException e) {
        return Problems.response(DuplicateFields.in(e).map(DuplicateFields::problem)
                .orElseGet(() -> Problems.malformed("The request could not be read")));
    }

    @Error(global = true, exception = DateTimeException.class)
    public MutableHttpResponse<Problem> dateTime(DateTimeException e) {
        return Problems.response(Problems.validation("request", "contains an invalid date, time or zone"));
    }

    @Error(global = true, exception = ConstraintViolationException.class)
    public MutableHttpResponse<Problem> constraintViolation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(field(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        Problem problem = Problem.of(400, "validation-failed", "Invalid request",
                errors.get(0).field() + ": " + errors.get(0).message()).withErrors(errors);
        return Problems.response(problem);
    }

    /** The request's field a violation is about: the path after the method and body parameter. */
    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1];
    }
}
