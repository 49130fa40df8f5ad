/**
 * The storage port: the one way the application layer reads and changes state. Three
 * implementations are planned: in memory (the default, {@code storage.memory}), an embedded durable
 * store and PostgreSQL. The promises every implementation keeps are written down in the README's
 * "Architecture" section, in docs/architecture.md and on each interface:
 *
 * <ul>
 *   <li><b>Asynchronous, never blocking.</b> Every operation returns a Vert.x {@code Future} and
 *       never blocks the calling thread; it may be called from any thread, an event loop included.
 *       An implementation that needs blocking I/O does it on its own threads. The Future may
 *       complete on any thread (the in-memory store completes it before returning).
 *   <li><b>Acknowledged means kept.</b> A Future that succeeds means the change is as durable as
 *       the implementation promises (in memory: until reset or exit; durable stores: on disk or
 *       committed) and visible to every later read, from any instance sharing the store.
 *   <li><b>Atomic where money and idempotency are at stake.</b> {@link
 *       dev.momosim.simulator.app.port.TransactionStore#insertIfAbsent}, {@link
 *       dev.momosim.simulator.app.port.TransactionStore#compareAndSet}, {@link
 *       dev.momosim.simulator.app.port.LedgerStore#transfer}, {@link
 *       dev.momosim.simulator.app.port.ApiUserStore#insertIfAbsent} and {@link
 *       dev.momosim.simulator.app.port.BehaviourStore#takeUse} are each one atomic step, however
 *       many callers race.
 *   <li><b>Changes are announced after they are kept</b>, through {@link
 *       dev.momosim.simulator.app.port.ChangeFeed}, in the order they were kept for any one
 *       transaction or journal entry.
 *   <li><b>Refusals are values, failures are failures.</b> "Already there" and "not enough money"
 *       are results ({@code false}, empty); a failed Future means the store itself failed.
 * </ul>
 */
package dev.momosim.simulator.app.port;
