"""Marshmallow schemas of the request bodies; openapi.yaml documents the same fields.

Unknown fields are rejected everywhere (a misspelt option must not be ignored). The text
itself is checked by ``service.documents.check_text`` once the structure is valid.
"""

from __future__ import annotations

from marshmallow import RAISE, Schema, ValidationError, fields, validate

from service.documents import lone_surrogate_at
from service.serialize import OFFSET_UNITS

MAX_ID_CHARS = 256


class StrictSchema(Schema):
    class Meta:
        unknown = RAISE


class OptionsSchema(StrictSchema):
    offsets = fields.String(validate=validate.OneOf(OFFSET_UNITS))


class QuoteRequestSchema(StrictSchema):
    text = fields.String(required=True)
    options = fields.Nested(OptionsSchema)


def _encodable(value: str) -> None:
    if lone_surrogate_at(value) is not None:
        raise ValidationError("Holds a lone surrogate, which UTF-8 cannot encode.")


class DocumentSchema(StrictSchema):
    id = fields.String(
        required=True, validate=[validate.Length(min=1, max=MAX_ID_CHARS), _encodable]
    )
    text = fields.String(required=True)


class BatchRequestSchema(StrictSchema):
    """Documents are validated one by one (``DocumentSchema``) so one bad document fails alone."""

    documents = fields.List(
        fields.Raw(allow_none=True), required=True, validate=validate.Length(min=1)
    )
    options = fields.Nested(OptionsSchema)
