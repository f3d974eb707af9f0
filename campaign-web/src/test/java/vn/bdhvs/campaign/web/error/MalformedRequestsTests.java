package vn.bdhvs.campaign.web.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.bdhvs.campaign.web.CampaignWebTest;

/**
 * Every GET page of the application, collected from the handler mappings (so pages added later are
 * covered too), called with malformed path variables and parameters by an ADMIN and by a commune
 * official: none may answer 5xx.
 */
@CampaignWebTest
class MalformedRequestsTests {

    static final List<String> BAD_PATH_VALUES = List.of("abc", "-1", "0", "99999999999999999999", "..", "%00",
            "1;drop", "<script>");

    static final List<String> BAD_PARAMETER_VALUES = List.of("abc", "-5", "1999", "99999999999999999999", "BOGUS",
            "13-2025", "", "../../etc", "<b>");

    static final List<String> GOOD_PATH_VALUES = List.of("79", "25747", "1");

    /** A path variable, also one with a regular expression that has braces of its own ({@code {code:\d{2}}}). */
    static final Pattern VARIABLE = Pattern.compile("\\{[^{}]*(?:\\{[^{}]*}[^{}]*)*}");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UserDetailsService users;

    @Test
    void shouldAnswerNoMalformedGetRequestWithAServerError() throws Exception {
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (String username : List.of("quantri", "xa.thudaumot")) {
            UserDetails user = users.loadUserByUsername(username);
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
                RequestMappingInfo info = entry.getKey();
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                    continue;
                }
                List<String> parameters = requestParameters(entry.getValue());
                parameters.add("lang");
                for (String pattern : info.getPatternValues()) {
                    if (pattern.startsWith("/error")) {
                        continue;
                    }
                    for (String path : paths(pattern)) {
                        for (MockHttpServletRequestBuilder request : requests(path, parameters)) {
                            requests++;
                            String url = request.buildRequest(null).getRequestURI() + "?"
                                    + request.buildRequest(null).getQueryString();
                            try {
                                int status = mvc.perform(request.with(user(user))).andReturn().getResponse()
                                        .getStatus();
                                if (status >= 500) {
                                    failures.add(username + " " + status + " " + url);
                                }
                            }
                            catch (Exception ex) {
                                // MockMvc rethrows what the server would have answered with a 500
                                failures.add(username + " " + url + " " + ex.getMessage());
                            }
                        }
                    }
                }
            }
        }
        assertThat(requests).as("requests made").isGreaterThan(1000);
        assertThat(failures).as("requests answered with a server error").isEmpty();
    }

    private static List<String> requestParameters(HandlerMethod method) {
        List<String> names = new ArrayList<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
            if (annotation != null) {
                String name = !annotation.name().isEmpty() ? annotation.name() : parameter.getParameterName();
                if (name != null && !Map.class.isAssignableFrom(parameter.getParameterType())) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** The pattern with every variable malformed, and with plausible values (for the parameters' sake). */
    private static Set<String> paths(String pattern) {
        Set<String> paths = new LinkedHashSet<>();
        if (!VARIABLE.matcher(pattern).find()) {
            paths.add(pattern);
            return paths;
        }
        for (String value : BAD_PATH_VALUES) {
            paths.add(fill(pattern, value));
        }
        for (String value : GOOD_PATH_VALUES) {
            paths.add(fill(pattern, value));
        }
        return paths;
    }

    private static String fill(String pattern, String value) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(path, Matcher.quoteReplacement(
                    java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private static List<MockHttpServletRequestBuilder> requests(String path, List<String> parameters) {
        List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
        requests.add(get(java.net.URI.create(path)));
        for (String value : BAD_PARAMETER_VALUES) {
            if (parameters.isEmpty()) {
                break;
            }
            MockHttpServletRequestBuilder request = get(java.net.URI.create(path));
            for (String parameter : parameters) {
                request.param(parameter, value);
            }
            requests.add(request);
        }
        return requests;
    }
}
