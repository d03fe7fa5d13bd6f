package io.cita.adapters.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cita.application.port.in.VoiceCallsUseCase.CallReport;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading Vapi's server messages in each shape Vapi sends them. */
class VapiPayloadsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode message(String json) throws Exception {
        return JSON.readTree(json.replace('\'', '"')).path("message");
    }

    @Test
    void toolCallsAreReadInOrder_withArgumentsAsAStringAnObjectOrParameters() throws Exception {
        JsonNode message = message("{'message':{'type':'tool-calls','call':{'id':'c1','customer':{'number':'+34600'}},"
                + "'toolCallList':[{'id':'a','function':{'name':'find_offers',"
                + "'arguments':'{\\'service\\':\\'corte\\'}'}},"
                + "{'id':'b','function':{'name':'book','arguments':{'holdId':'h1'}}},"
                + "{'id':'c','name':'list_services','parameters':{'x':1}},"
                + "{'id':'d','function':{'name':'book','arguments':'not json'}},"
                + "{'id':'e','function':{'name':'list_services'}}]}}".replace("\\'", "\\\""));
        var calls = VapiPayloads.toolCalls(JSON, message);
        assertThat(calls).extracting(VapiPayloads.ToolCall::id).containsExactly("a", "b", "c", "d", "e");
        assertThat(calls.get(0).arguments()).isEqualTo(Map.of("service", "corte"));
        assertThat(calls.get(1).arguments()).isEqualTo(Map.of("holdId", "h1"));
        assertThat(calls.get(2).name()).isEqualTo("list_services");
        assertThat(calls.get(2).arguments()).isEqualTo(Map.of("x", 1));
        assertThat(calls.get(3).unreadable()).isNotNull();
        assertThat(calls.get(4).arguments()).isEmpty();
        assertThat(VapiPayloads.callId(message)).isEqualTo("c1");
        assertThat(VapiPayloads.callerPhone(message)).isEqualTo("+34600");
    }

    @Test
    void theOlderToolWithToolCallListShapeIsReadToo() throws Exception {
        JsonNode message = message("{'message':{'type':'tool-calls','toolWithToolCallList':[{'type':'function',"
                + "'toolCall':{'id':'z','function':{'name':'list_services','arguments':{}}}}],"
                + "'customer':{'number':'+34611'}}}");
        assertThat(VapiPayloads.toolCalls(JSON, message)).extracting(VapiPayloads.ToolCall::id).containsExactly("z");
        assertThat(VapiPayloads.callerPhone(message)).isEqualTo("+34611");
    }

    @Test
    void anEndOfCallReportGivesTimesCostInCentsAndTheStructuredDataAsText() throws Exception {
        CallReport report = VapiPayloads.report(JSON, message("{'message':{'type':'end-of-call-report',"
                + "'call':{'id':'c9','customer':{'number':'+34622'},'startedAt':'2026-12-01T10:00:00Z'},"
                + "'endedAt':'2026-12-01T10:02:05.500Z','durationSeconds':125.4,'cost':0.1251,"
                + "'endedReason':'customer-ended-call','artifact':{'transcript':'AI: Hola'},"
                + "'analysis':{'summary':'Reservó','structuredData':{'intent':'book'}}}}"));
        assertThat(report.callId()).isEqualTo("c9");
        assertThat(report.startedAt()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(report.endedAt()).isEqualTo(Instant.parse("2026-12-01T10:02:05.500Z"));
        assertThat(report.durationSeconds()).isEqualTo(125L);
        assertThat(report.costCents()).isEqualTo(13L);
        assertThat(report.structuredData()).isEqualTo("{\"intent\":\"book\"}");
        assertThat(report.transcript()).isEqualTo("AI: Hola");
        CallReport bare = VapiPayloads.report(JSON, message("{'message':{'type':'end-of-call-report','call':{'id':'x',"
                + "'startedAt':'not a time'}}}"));
        assertThat(bare.startedAt()).isNull();
        assertThat(bare.costCents()).isNull();
        assertThat(bare.durationSeconds()).isNull();
    }
}
