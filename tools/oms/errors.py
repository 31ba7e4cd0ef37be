"""Typed failures of the order system, so graph nodes branch on types instead of parsing messages."""

from __future__ import annotations


class OmsError(Exception):
    """Base of every error the OMS client raises."""


class CustomerNotFound(OmsError):
    def __init__(self, customer_id: str) -> None:
        self.customer_id = customer_id
        super().__init__(f"No customer with id {customer_id!r} in the order system.")


class OrderNotFound(OmsError):
    """No such order for this customer (also when it exists but belongs to someone else)."""

    def __init__(self, order_number: str) -> None:
        self.order_number = order_number
        super().__init__(f"No order {order_number!r} for this customer; ask them to check the number.")


class ProductNotFound(OmsError):
    def __init__(self, product_id: str) -> None:
        self.product_id = product_id
        super().__init__(f"No product with id {product_id!r}.")


class InvalidOrderNumber(OmsError, ValueError):
    """The text cannot be an order number (e.g. 'abc', '12'); the message says what one looks like."""

    def __init__(self, order_number: str, reason: str) -> None:
        self.order_number = order_number
        super().__init__(reason)


class OmsRequestRejected(OmsError, ValueError):
    """The OMS refused the request as invalid (a bug in the caller, not the customer's input)."""


class OmsUnavailable(OmsError):
    """The OMS cannot answer now (connection refused, timeout, 5xx): retry later or hand off to a human."""


class ActionRefused(OmsError):
    """The OMS refused an order action on its own rules (state, window, stock, amount); `code` is stable:
    not_cancellable, already_shipped, outside_return_window, final_sale, out_of_stock,
    amount_exceeds_refundable, over_refund_limit, idempotency_key_reused, ..."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        super().__init__(message)
