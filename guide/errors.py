"""The service's error hierarchy; `guide.web.errors` maps it to HTTP codes in one place."""


class GuideError(Exception):
    """Base of every error the service raises on purpose."""


class NotFoundError(GuideError):
    """A consumer, designee or conversation that does not exist or may not be seen."""


class PermissionDeniedError(GuideError):
    """The caller may not act for this consumer."""


class InvalidInputError(GuideError):
    """A request the service refuses to process (empty, too long, malformed)."""


class ConflictError(InvalidInputError):
    """Someone acted first (a review item another clinician already answered); the message says who.

    A kind of invalid input, so a handler that knows only `InvalidInputError` still refuses it (422)."""


class CarePlanImportError(GuideError):
    """A FHIR bundle that cannot be imported; the message names the resource and field."""


class KnowledgeError(GuideError):
    """The knowledge base failed validation or could not be loaded."""


class RetrievalError(GuideError):
    """The vector store or embedding model failed."""


class ModelError(GuideError):
    """The language model failed, timed out or replied in a form we cannot use."""


class RedactionFailedError(GuideError):
    """Redaction raised; nothing may be sent or stored (fail closed)."""
