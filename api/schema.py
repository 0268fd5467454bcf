"""Every operation's error answers, in the schema: clients (and the fuzzing tests) can rely on them."""

ERROR = {
    "type": "object",
    "description": "What was wrong: `detail`, or the names of the fields that were, each with its messages.",
    "additionalProperties": True,
}
ERRORS = {
    "400": "A parameter is malformed or names nothing known.",
    "401": "No valid credentials, and the dashboard is not public.",
    "403": "The user's role may not read this.",
    "404": "No such object, or a cursor that is not valid.",
    "429": "Too many requests: wait and try again.",
}


def add_error_responses(result, generator, request, public):
    for path in result.get("paths", {}).values():
        for operation in path.values():
            responses = operation.setdefault("responses", {})
            for status, description in ERRORS.items():
                responses.setdefault(
                    status, {"description": description, "content": {"application/json": {"schema": ERROR}}}
                )
    return result
