"""Every error shape QuickBooks answers with becomes a typed error with all its details."""

from __future__ import annotations

from qbdesk.qbo.errors import (
    AuthenticationError,
    AuthorizationError,
    ServerError,
    ThrottledError,
    ValidationError,
    error_for,
    is_transient,
)

# Bodies as recorded against Intuit's sandbox (qbo-recordings) and quoted in qbo-api.md.
GATEWAY_401 = ('{"warnings":null,"intuitObject":null,"fault":{"error":[{"message":"message=AuthenticationFailed; '
               'errorCode=003200; statusCode=401","detail":"Token expired: AB0160","code":"3200","element":null}],'
               '"type":"AUTHENTICATION"},"report":null,"queryResponse":null,"batchItemResponse":[],'
               '"attachableResponse":[],"syncErrorResponse":null,"requestId":null,"time":1601391072830,'
               '"status":null,"cdcresponse":[]}')
THROTTLE_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<IntuitResponse time="2016-12-07T15:27:09.527-08:00" xmlns="http://schema.intuit.com/finance/v3">
  <Fault type="SERVICE">
    <Error code="3001">
      <Message>message=ThrottleExceeded; errorCode=003001; statusCode=429</Message>
      <Detail>The request limit was reached.  Try again later</Detail>
    </Error>
  </Fault>
</IntuitResponse>"""
TWO_ERRORS = ('{"Fault":{"Error":[{"Message":"String length is either shorter or longer than supported by '
              'specification","Detail":"String length specified does not match the supported length. Min:0 Max:21 '
              'supported. Supplied length:45","code":"2050","element":"DocNumber"},{"Message":"Required param missing,'
              ' need to supply the required value for the API","Detail":"Required parameter AccountRef is missing in '
              'the request","code":"2020","element":"AccountRef"}],"type":"ValidationFault"},'
              '"time":"2020-09-29T06:58:50.262-07:00"}')


def test_gateway_401_with_lower_case_keys() -> None:
    err = error_for(401, GATEWAY_401, "1-5f7349e0")
    assert isinstance(err, AuthenticationError)
    assert err.code == "3200"
    assert err.detail.startswith("Token expired")
    assert err.fault_type == "AUTHENTICATION"
    assert "1-5f7349e0" in str(err)


def test_throttle_answered_in_xml() -> None:
    err = error_for(429, THROTTLE_XML, "tid", retry_after=12.0)
    assert isinstance(err, ThrottledError)
    assert err.code == "3001"
    assert err.detail == "The request limit was reached.  Try again later"
    assert err.retry_after == 12.0
    assert is_transient(err)


def test_every_fault_error_is_kept_with_its_element() -> None:
    err = error_for(400, TWO_ERRORS, None)
    assert isinstance(err, ValidationError)
    assert [(e.code, e.element) for e in err.errors] == [("2050", "DocNumber"), ("2020", "AccountRef")]
    assert not is_transient(err)


def test_html_outage_page_is_a_retryable_server_error() -> None:
    err = error_for(503, "<html><head><title>503 Service Unavailable</title></head><body>down</body></html>", None)
    assert isinstance(err, ServerError)
    assert err.message == "503 Service Unavailable"
    assert is_transient(err)


def test_403_means_reconnect() -> None:
    body = ('{"fault":{"error":[{"message":"message=AuthorizationFailed; errorCode=003100; statusCode=403",'
            '"detail":null,"code":"3100"}],"type":"SERVICE"}}')
    assert isinstance(error_for(403, body, None), AuthorizationError)


def test_transient_6000_is_told_apart_from_business_6000() -> None:
    please_wait = ('{"Fault":{"Error":[{"Message":"A business validation error has occurred while processing your '
                   'request","Detail":"Business Validation Error: An unexpected error occurred while accessing or '
                   'saving your data. Please wait a few minutes and try again. If the problem persists, contact '
                   'customer support.","code":"6000","element":""}],"type":"ValidationFault"}}')
    business = ('{"Fault":{"Error":[{"Message":"A business validation error has occurred while processing your '
                'request","Detail":"Business Validation Error: You must set a transaction amount.","code":"6000",'
                '"element":""}],"type":"ValidationFault"}}')
    assert is_transient(error_for(400, please_wait, None))
    assert not is_transient(error_for(400, business, None))
