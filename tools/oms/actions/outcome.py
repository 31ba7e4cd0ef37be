"""What the customer is told after the OMS carried out an action, from the OMS's answer only."""

from __future__ import annotations

from tools.oms.actions.base import day_text, method_text, money, options_text, shows_within
from tools.oms.actions.change_address import address_text
from tools.oms.models import ActionResult


def _refunds(result: ActionResult) -> str:
    if not result.refunds:
        return ""
    parts = [f"{money(r.amount)} to your {method_text(r.method)}" for r in result.refunds]
    return f" I've refunded {' and '.join(parts)}; it usually shows {shows_within(result.refunds[0].method)}."


def done_message(result: ActionResult) -> str:
    number = result.order_id
    match result.action:
        case "cancel":
            return f"Done — order {number} is cancelled.{_refunds(result)}"
        case "change_address":
            return f"Done — order {number} will now ship to {address_text(result.address or {})}."
        case "return":
            info = result.return_info
            if info is None:
                return f"Done — the return for order {number} is open."
            return (f"Done — your return {info.return_id} for order {number} is open. Print your prepaid label here: "
                    f"{info.label_url}\n\n{info.instructions} Please send it by {day_text(info.return_by)}. "
                    f"Refund: {money(info.refund_amount)} to your {method_text(info.refund_method)}.")
        case "exchange":
            info = result.exchange
            if info is None:
                return f"Done — the exchange for order {number} is open."
            return (f"Done — exchange {info.exchange_id} for order {number} is open: you'll get "
                    f"{options_text(info.to_options)}. {info.instructions}")
        case "refund":
            return f"Done — {_refunds(result).strip() or 'the refund is issued.'}"
    return f"Done — the change to order {number} is made."
