"""Where the computer is, from the operating system's location service through Qt Positioning (Windows location
service, macOS Core Location, GeoClue on Linux): one request, answered by signal, never waited on; no service,
an error, a refusal or a timeout becomes a translated reason, and the check-in falls back to the address."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QObject, QTimer, Signal
from PySide6.QtPositioning import QGeoCoordinate, QGeoPositionInfo, QGeoPositionInfoSource

from crm_desktop.domain.activities.checkins import Position

TR_CONTEXT = "CheckIns"
NO_SERVICE = QT_TRANSLATE_NOOP("CheckIns", "No location service on this computer")
SERVICE_OFF = QT_TRANSLATE_NOOP("CheckIns", "Location service is off")
NOT_ALLOWED = QT_TRANSLATE_NOOP("CheckIns", "This app may not use your location (see the system's privacy settings)")
TIMED_OUT = QT_TRANSLATE_NOOP("CheckIns", "No position found in time (indoors, or no signal)")
FAILED = QT_TRANSLATE_NOOP("CheckIns", "The location service failed")
_REASONS = {
    QGeoPositionInfoSource.Error.AccessError: NOT_ALLOWED,
    QGeoPositionInfoSource.Error.ClosedError: SERVICE_OFF,
    QGeoPositionInfoSource.Error.UpdateTimeoutError: TIMED_OUT,
}
TIMEOUT_MS = 15_000
# Beyond the service's own timeout: some back ends never answer at all, and the dialog must not wait forever.
GRACE_MS = 3_000

SourceFactory = Callable[[QObject], QGeoPositionInfoSource | None]


# GeoClue grants a position per application, by its desktop entry (installer/linux/fieldcrm.desktop).
DESKTOP_ID = "fieldcrm"


def default_source(parent: QObject) -> QGeoPositionInfoSource | None:
    """The system's location service; None where Qt has none for this platform."""
    return QGeoPositionInfoSource.createDefaultSource({"desktopId": DESKTOP_ID}, parent)


def no_source(_parent: QObject) -> None:
    return None


class PositionFinder(QObject):
    """Asks once for the computer's position. Emits `sig_found(Position)` or `sig_unavailable(reason)` (the
    reason translated), exactly one of them per `request()`."""

    sig_found = Signal(object)
    sig_unavailable = Signal(str)

    def __init__(self, parent: QObject | None = None, source_factory: SourceFactory = default_source,
                 timeout_ms: int = TIMEOUT_MS) -> None:
        super().__init__(parent)
        self.source_factory, self.timeout_ms = source_factory, timeout_ms
        self.source: QGeoPositionInfoSource | None = None
        self._asking = False
        self._guard = QTimer(self)
        self._guard.setSingleShot(True)
        self._guard.timeout.connect(lambda: self._unavailable(TIMED_OUT))

    def request(self) -> None:
        if self._asking:
            return
        if self.source is None:
            self.source = self.source_factory(self)
            if self.source is None:
                QTimer.singleShot(0, self, lambda: self._unavailable_now(NO_SERVICE))  # by signal, like an answer
                return
            self.source.positionUpdated.connect(self._updated)
            self.source.errorOccurred.connect(self._failed)
        self._asking = True
        self._guard.start(self.timeout_ms + GRACE_MS)
        self.source.requestUpdate(self.timeout_ms)

    def _updated(self, info: QGeoPositionInfo) -> None:
        if not self._asking:
            return
        coordinate = info.coordinate()
        if not info.isValid() or not coordinate.isValid():
            self._unavailable(FAILED)
            return
        accuracy = None
        if info.hasAttribute(QGeoPositionInfo.Attribute.HorizontalAccuracy):
            accuracy = float(info.attribute(QGeoPositionInfo.Attribute.HorizontalAccuracy))
        stamp = info.timestamp()
        self._finish()
        self.sig_found.emit(Position(coordinate.latitude(), coordinate.longitude(), accuracy,
                                     stamp.toPython().astimezone() if stamp.isValid() else None))

    def _failed(self, error: QGeoPositionInfoSource.Error) -> None:
        if error != QGeoPositionInfoSource.Error.NoError:
            self._unavailable(_REASONS.get(error, FAILED))

    def _unavailable(self, reason: str) -> None:
        if self._asking:
            self._finish()
            self._unavailable_now(reason)

    def _unavailable_now(self, reason: str) -> None:
        self.sig_unavailable.emit(QCoreApplication.translate(TR_CONTEXT, reason))

    def _finish(self) -> None:
        self._asking = False
        self._guard.stop()


class FixedSource(QGeoPositionInfoSource):
    """A location service that answers every request with one position, or with `error` (tests, screenshots)."""

    def __init__(self, parent: QObject, latitude: float = 0.0, longitude: float = 0.0,
                 accuracy_m: float | None = None,
                 error: QGeoPositionInfoSource.Error = QGeoPositionInfoSource.Error.NoError) -> None:
        super().__init__(parent)
        self._error = error
        self.info = QGeoPositionInfo(QGeoCoordinate(latitude, longitude), QDateTime.currentDateTimeUtc())
        if accuracy_m is not None:
            self.info.setAttribute(QGeoPositionInfo.Attribute.HorizontalAccuracy, accuracy_m)

    def requestUpdate(self, timeout: int | None = 0) -> None:
        if self._error != QGeoPositionInfoSource.Error.NoError:
            QTimer.singleShot(0, self, lambda: self.errorOccurred.emit(self._error))
        else:
            QTimer.singleShot(0, self, lambda: self.positionUpdated.emit(self.info))

    def lastKnownPosition(self, fromSatellitePositioningMethodsOnly: bool = False) -> QGeoPositionInfo:  # noqa: N803
        return self.info

    def supportedPositioningMethods(self) -> QGeoPositionInfoSource.PositioningMethod:
        return QGeoPositionInfoSource.PositioningMethod.AllPositioningMethods

    def minimumUpdateInterval(self) -> int:
        return 0

    def error(self) -> QGeoPositionInfoSource.Error:
        return self._error

    def startUpdates(self) -> None:
        self.requestUpdate()

    def stopUpdates(self) -> None:
        pass
