"""Sales controller: pipeline stages, loss reasons, opportunities and their lines, the board and the table."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from crm_desktop.controllers.sales.lines import lines_total, priced_lines
from crm_desktop.domain.common import money
from crm_desktop.domain.common.ids import new_id, utcnow
from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from crm_desktop.domain.customers.entities import ListSort
from crm_desktop.domain.sales.entities import (
    LossReasonData,
    LossReasonInput,
    OpportunityData,
    OpportunityInput,
    PipelineFilter,
    PipelineTotal,
    StageData,
    StageInput,
    StageMove,
    StageState,
    shipped_stage_id,
)
from crm_desktop.domain.sales.loss_reasons import (
    clean_lost_reason,
    default_loss_reasons,
    shipped_loss_reason_id,
    shown_name,
)
from crm_desktop.domain.sales.rules import clean_loss_reasons, clean_opportunity, clean_stages
from crm_desktop.domain.sales.shipped_stages import default_stages
from crm_desktop.domain.sales.values import amount_of, card_of, deal_line_data, in_home, stage_data
from crm_desktop.store.database import Store
from crm_desktop.store.models import LossReason, Opportunity, OpportunityLine, PipelineStage
from crm_desktop.store.unit_of_work import UnitOfWork

STAGE_IN_USE = QT_TRANSLATE_NOOP("Validation", "This stage still holds deals; move them before removing it.")
CARDS_PER_STAGE = 50


def _state(o: Opportunity) -> StageState:
    return StageState(o.stage_id, o.probability, bool(o.probability_manual), o.status, o.lost_reason, o.closed_at,
                      o.lost_reason_code)


def _apply(o: Opportunity, state: StageState) -> None:
    o.stage_id, o.probability, o.probability_manual = state.stage_id, state.probability, state.probability_manual
    o.status, o.lost_reason, o.closed_at = state.status, state.lost_reason, state.closed_at
    o.lost_reason_code = state.lost_reason_code


def _entered(o: Opportunity, stage: PipelineStage, reason: tuple[str | None, str | None], manual: bool,
             names: dict[str, str]) -> StageState:
    """The deal's stage state after entering `stage` (probability follows unless set by hand); `reason`:
    (text, code) of a loss, checked against the loss reasons `names` lists (code -> name)."""
    if stage.is_won:
        return StageState(stage.id, 100, manual, "won", None, o.closed_at if o.status == "won" else utcnow())
    if stage.is_lost:
        closed = o.closed_at if o.status == "lost" else utcnow()
        code, text = clean_lost_reason(*reason, names)
        return StageState(stage.id, 0, manual, "lost", text, closed, code)
    probability = o.probability if manual else stage.probability
    return StageState(stage.id, probability, manual, "open", None, None)


class SalesController:
    def __init__(self, store: Store, language: str = "en", home_currency: str = money.HOME_CURRENCY) -> None:
        self.store = store
        self.language = language
        self.home_currency = home_currency

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self.store)

    # --- stages -------------------------------------------------------------------------

    def stages(self) -> list[StageData]:
        """The live stages in order; the shipped defaults are created on first use."""
        with self._uow() as uow:
            stages = uow.stages.live()
            if not stages:
                for position, values in enumerate(default_stages(self.language)):
                    uow.stages.add(PipelineStage(id=shipped_stage_id(values["key"]), position=position, **values),
                                   flush=False)
                uow.commit()
                stages = uow.stages.live()
            return [stage_data(s) for s in stages]

    def save_stages(self, rows: list[StageInput]) -> list[StageData]:
        """Replace the stage list (names, order, probabilities, won/lost) in one transaction."""
        rows = clean_stages(rows)
        self.stages()
        with self._uow() as uow:
            existing = {s.id: s for s in uow.stages.live()}
            kept = {r.id for r in rows if r.id}
            errors = {f"stages.{s.name}": STAGE_IN_USE for sid, s in existing.items()
                      if sid not in kept and uow.stages.usage(sid)}
            if errors:
                raise ValidationError(errors)
            for sid, stage in existing.items():
                if sid not in kept:
                    stage.deleted_at = utcnow()
            for position, row in enumerate(rows):
                stage = existing.get(row.id) if row.id else None
                if stage is None:
                    stage = PipelineStage()
                    uow.stages.add(stage, flush=False)  # filled in below, then journaled whole
                stage.name, stage.position, stage.probability = row.name, position, row.probability
                stage.is_won, stage.is_lost = row.is_won, row.is_lost
            uow.commit()
            return [stage_data(s) for s in uow.stages.live()]

    # --- loss reasons -------------------------------------------------------------------

    def loss_reasons(self) -> list[LossReasonData]:
        """The live loss reasons in order ("other" is always offered besides); the shipped ones are created on
        first use, under the same ids on every laptop."""
        with self._uow() as uow:
            reasons = uow.loss_reasons.live()
            if not reasons and not uow.loss_reasons.every():
                for position, values in enumerate(default_loss_reasons(self.language)):
                    uow.loss_reasons.add(LossReason(id=shipped_loss_reason_id(values["code"]), position=position,
                                                    **values), flush=False)
                uow.commit()
                reasons = uow.loss_reasons.live()
            return [self._reason(r) for r in reasons]

    def save_loss_reasons(self, rows: list[LossReasonInput]) -> list[LossReasonData]:
        """Replace the list (names and order) in one transaction. A removed reason stays known by its code,
        so the deals lost for it keep it and are still counted under its name."""
        rows = clean_loss_reasons(rows)
        self.loss_reasons()
        with self._uow() as uow:
            existing = {r.id: r for r in uow.loss_reasons.live()}
            kept = {r.id for r in rows if r.id}
            for reason_id, reason in existing.items():
                if reason_id not in kept:
                    reason.deleted_at = utcnow()
            for position, row in enumerate(rows):
                reason = existing.get(row.id) if row.id else None
                if reason is None:
                    reason = LossReason()
                    reason.code = reason.id = new_id()  # a new reason's code is its id: unique on every laptop
                    uow.loss_reasons.add(reason, flush=False)  # filled in below, then journaled whole
                if row.name != self._reason(reason).name:  # a shipped name shown translated is not a rename
                    reason.name = row.name
                reason.position = position
            uow.commit()
            return [self._reason(r) for r in uow.loss_reasons.live()]

    def _reason_names(self, uow: UnitOfWork) -> dict[str, str]:
        """code -> name as the user reads it, of every reason ever listed (a live one wins over a removed one),
        the shipped ones even before the list is first stored. Read before a deal is changed: a query after
        would flush the half-changed deal into the journal."""
        shipped = {r["code"]: r["name"] for r in default_loss_reasons(self.language)}
        return shipped | {r.code: self._reason(r).name for r in reversed(uow.loss_reasons.every())}

    def _reason(self, r: LossReason) -> LossReasonData:
        return LossReasonData(r.id, r.code, shown_name(r.code, r.name or "", self.language), r.position)

    # --- opportunities ------------------------------------------------------------------

    def get(self, opportunity_id: str, include_deleted: bool = False) -> OpportunityData:
        with self._uow() as uow:
            o = uow.opportunities.get(opportunity_id, include_deleted)
            if o is None:
                raise NotFoundError(opportunity_id)
            return self._data(uow, o)

    def create(self, data: OpportunityInput) -> OpportunityData:
        values = clean_opportunity(data)
        self.stages()
        with self._uow() as uow:
            o = Opportunity(**{k: v for k, v in values.items() if k != "probability"})
            o.probability_manual = values["probability"] is not None
            o.probability = values["probability"] or 0
            self._link(uow, o)
            _apply(o, _entered(o, self._stage(uow, data.stage_id), (data.lost_reason, data.lost_reason_code),
                               o.probability_manual, self._reason_names(uow)))
            uow.opportunities.add(o)
            self._write_lines(uow, o, data, values["amount"])
            uow.commit()
            return self._data(uow, o)

    def update(self, opportunity_id: str, data: OpportunityInput) -> OpportunityData:
        values = clean_opportunity(data)
        with self._uow() as uow:
            o = uow.opportunities.get(opportunity_id)
            if o is None:
                raise NotFoundError(opportunity_id)
            names = self._reason_names(uow)
            for name, value in values.items():
                if name == "probability" or (name == "owner_id" and value is None):
                    continue
                setattr(o, name, value)
            self._link(uow, o)
            manual = values["probability"] is not None
            if manual:
                o.probability = values["probability"]
            stage = self._stage(uow, data.stage_id or o.stage_id)
            reason = ((data.lost_reason, data.lost_reason_code) if data.lost_reason or data.lost_reason_code
                      else (o.lost_reason, o.lost_reason_code))
            _apply(o, _entered(o, stage, reason, manual, names))
            self._write_lines(uow, o, data, values["amount"])
            uow.commit()
            return self._data(uow, o)

    def delete(self, opportunity_id: str) -> None:
        self._set_deleted(opportunity_id, True)

    def restore(self, opportunity_id: str) -> None:
        self._set_deleted(opportunity_id, False)

    def move_stage(self, opportunity_id: str, stage_id: str, lost_reason: str | None = None,
                   lost_reason_code: str | None = None) -> StageMove:
        """Move a deal to a stage (the board's drag, "Move to stage"); a lost stage needs a listed reason's
        code, or "other" (or no code) and the rep's words."""
        with self._uow() as uow:
            o = uow.opportunities.get(opportunity_id)
            if o is None:
                raise NotFoundError(opportunity_id)
            before = _state(o)
            _apply(o, _entered(o, self._stage(uow, stage_id), (lost_reason, lost_reason_code),
                               bool(o.probability_manual), self._reason_names(uow)))
            move = StageMove(o.id, o.name, before, _state(o))
            uow.commit()
            return move

    def set_stage_state(self, opportunity_id: str, state: StageState) -> None:
        """Put a deal back exactly as a move left or found it (undo and redo of a move)."""
        with self._uow() as uow:
            o = uow.opportunities.get(opportunity_id)
            if o is None:
                raise NotFoundError(opportunity_id)
            _apply(o, state)
            uow.commit()

    # --- board, table and totals (rows, not dataclasses, for 200,000 deals) -------------

    def board(self, flt: PipelineFilter | None = None, cards: int = CARDS_PER_STAGE) -> list[PipelineTotal]:
        """One column per open stage: count, amount and weighted amount, and its first cards."""
        flt = flt or PipelineFilter()
        columns = self.pipeline(flt)
        with self._uow() as uow:
            return [replace(col, cards=tuple(map(card_of, uow.opportunities.cards(col.stage.id, flt, 0, cards))))
                    for col in columns]

    def stage_cards(self, stage_id: str, flt: PipelineFilter, offset: int, limit: int) -> list[tuple]:
        with self._uow() as uow:
            return [card_of(r) for r in uow.opportunities.cards(stage_id, flt, offset, limit)]

    def pipeline(self, flt: PipelineFilter | None = None) -> list[PipelineTotal]:
        """Totals of open deals per open stage, in the home currency."""
        flt = flt or PipelineFilter()
        stages = [s for s in self.stages() if s.is_open]
        with self._uow() as uow:
            groups = uow.opportunities.stage_totals(flt)
        out = []
        for stage in stages:
            rows = [g for g in groups if g[0] == stage.id]
            amount = in_home([(g[1], amount_of(g[3])) for g in rows], self.home_currency)
            weighted = in_home([(g[1], amount_of(g[4], money.AMOUNT_SCALE + 2)) for g in rows], self.home_currency)
            out.append(PipelineTotal(stage, sum(g[2] for g in rows), amount, weighted))
        return out

    def count(self, flt: PipelineFilter, status: str | None = "open") -> int:
        with self._uow() as uow:
            return uow.opportunities.count(flt, status)

    def page(self, flt: PipelineFilter, status: str | None, sort: ListSort, offset: int, limit: int,
             total: int | None = None) -> list[tuple]:
        """Table rows: card columns, then stage name and status."""
        with self._uow() as uow:
            return [card_of(r) for r in uow.opportunities.page(flt, status, sort, offset, limit, total)]

    def of_record(self, account_id: str | None = None, contact_id: str | None = None) -> list[tuple]:
        """The deals of an account or a contact (open first), as table rows."""
        with self._uow() as uow:
            return [card_of(r) for r in uow.opportunities.of_record(account_id, contact_id)]

    def filter_choices(self) -> dict[str, list]:
        with self._uow() as uow:
            return {
                "owners": [(u.id, u.display_name) for u in uow.users.all()],
                "teams": uow.opportunities.teams(),
                "months": uow.opportunities.months(),
            }

    # --- helpers ------------------------------------------------------------------------

    def _stage(self, uow: UnitOfWork, stage_id: str | None) -> PipelineStage:
        if stage_id:
            stage = uow.stages.get(stage_id)
            if stage is None or stage.deleted_at is not None:
                raise NotFoundError(stage_id)
            return stage
        return next(s for s in uow.stages.live() if not (s.is_won or s.is_lost))

    @staticmethod
    def _link(uow: UnitOfWork, o: Opportunity) -> None:
        """Check the account and contact exist; a contact brings its account along."""
        if o.contact_id:
            contact = uow.contacts.get(o.contact_id, include_deleted=True)
            if contact is None:
                raise NotFoundError(o.contact_id)
            o.account_id = o.account_id or contact.account_id
        o.account_name = None
        if o.account_id:
            account = uow.accounts.get(o.account_id, include_deleted=True)
            if account is None:
                raise NotFoundError(o.account_id)
            o.account_name = account.name

    @staticmethod
    def _write_lines(uow: UnitOfWork, o: Opportunity, data: OpportunityInput, amount: Decimal | None) -> None:
        """Lines are rewritten in place by position; the amount is their total unless typed."""
        old = uow.opportunities.lines(o.id)
        priced = priced_lines(uow, data.lines, o.currency, frozenset(x.product_id for x in old))
        for position, line in enumerate(priced):
            row = old[position] if position < len(old) else None
            if row is None:
                row = OpportunityLine(opportunity_id=o.id)
                uow.opportunities.add_line(row)
            row.product_id, row.quantity, row.unit_price = line.product.id, line.quantity, line.unit_price
            row.discount_pct, row.position = line.discount_pct, position
        for surplus in old[len(priced):]:
            surplus.deleted_at = utcnow()
        if amount is not None:
            o.amount = money.round_money(amount, o.currency)
        elif priced:
            o.amount = lines_total(priced, o.currency).total
        elif o.amount is None:
            o.amount = Decimal(0)

    def _set_deleted(self, opportunity_id: str, deleted: bool) -> None:
        with self._uow() as uow:
            o = uow.opportunities.get(opportunity_id, include_deleted=True)
            if o is None:
                raise NotFoundError(opportunity_id)
            if (o.deleted_at is not None) != deleted:
                o.deleted_at = utcnow() if deleted else None
                uow.commit()

    def _data(self, uow: UnitOfWork, o: Opportunity) -> OpportunityData:
        stage = uow.stages.get(o.stage_id)
        contact = uow.contacts.get(o.contact_id, include_deleted=True) if o.contact_id else None
        owner = uow.users.get(o.owner_id) if o.owner_id else None
        lines = tuple(deal_line_data(x, uow.products.get(x.product_id, include_deleted=True), o.currency)
                      for x in uow.opportunities.lines(o.id))
        return OpportunityData(
            id=o.id, name=o.name, account_id=o.account_id, account_name=o.account_name, contact_id=o.contact_id,
            contact_name=contact.name if contact else None, stage_id=o.stage_id,
            stage_name=stage.name if stage else "", amount=o.amount, currency=o.currency,
            probability=o.probability, probability_manual=bool(o.probability_manual),
            expected_close=o.expected_close, status=o.status, lost_reason=o.lost_reason,
            lost_reason_code=o.lost_reason_code, source=o.source,
            campaign_id=o.campaign_id, owner_id=o.owner_id, owner_name=owner.display_name if owner else None,
            notes=o.notes, closed_at=o.closed_at, last_activity_at=o.last_activity_at, created_at=o.created_at,
            deleted_at=o.deleted_at, lines=lines,
        )
