using System;
using System.Threading;
using DeepCopy.Core.Handlers;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Presents locks and slim signals by what a copy keeps of them (see <see cref="FreshLockHandler"/>,
    /// <see cref="FreshSpinLockHandler"/> and <see cref="FreshSignalHandler"/>), not by their fields. The copy engine makes them new, unheld and with no waiters,
    /// so their fields (a reader-writer lock's process-wide id, the owner thread, a bounded semaphore's taken permits,
    /// waiter lists) differed between every copy and its source, and Measure-DeepCopy could never verify a graph that
    /// held one. What the copy keeps is still compared: a lock's recursion policy, a bounded semaphore's maximum or a
    /// counting one's count, an event's state and spin count, a countdown's counts, a barrier's participants, phase and
    /// post-phase action, a SpinLock's thread-tracking mode.
    /// </summary>
    internal sealed class SynchronizationCompareAdapter : DeepCompareAdapter
    {
        /// <summary>System.Threading.Lock (.NET 9+), found by name: Core targets netstandard2.0. It keeps nothing but being a lock.</summary>
        private static readonly Type? LockType = typeof(object).Assembly.GetType("System.Threading.Lock");

        public override bool CanHandle(Type type) =>
            type == typeof(ReaderWriterLockSlim) || type == typeof(SemaphoreSlim) || type == typeof(ManualResetEventSlim)
            || type == typeof(CountdownEvent) || type == typeof(Barrier) || type == typeof(SpinLock) || (LockType != null && type == LockType);

        public override void Describe(object value, DeepCompareView view)
        {
            switch (value)
            {
                case ReaderWriterLockSlim readerWriter:
                    view.AddMember(nameof(ReaderWriterLockSlim.RecursionPolicy), readerWriter.RecursionPolicy);
                    break;
                case SemaphoreSlim semaphore:
                    var maximum = FreshSignalHandler.BoundedMaximum(semaphore);
                    if (maximum != null)
                    {
                        view.AddMember("MaximumCount", maximum.Value);
                    }
                    else
                    {
                        view.AddMember(nameof(SemaphoreSlim.CurrentCount), semaphore.CurrentCount);
                    }

                    break;
                case ManualResetEventSlim signal:
                    view.AddMember(nameof(ManualResetEventSlim.IsSet), signal.IsSet);
                    view.AddMember(nameof(ManualResetEventSlim.SpinCount), signal.SpinCount);
                    break;
                case Barrier barrier:
                    // Not its arrivals (the source's waiting threads are not the copy's), nor the execution context it
                    // captured with its action, which a copy made without the action (a Null policy) does not have.
                    view.AddMember(nameof(Barrier.ParticipantCount), barrier.ParticipantCount);
                    view.AddMember(nameof(Barrier.CurrentPhaseNumber), barrier.CurrentPhaseNumber);
                    if (FreshSignalHandler.CanReadPostPhaseAction)
                    {
                        view.AddMember("PostPhaseAction", FreshSignalHandler.PostPhaseActionOf(barrier));
                    }

                    break;
                case SpinLock spinLock:
                    // Not who holds it, nor its waiters: the copy is a free SpinLock (FreshSpinLockHandler).
                    view.AddMember(nameof(SpinLock.IsThreadOwnerTrackingEnabled), spinLock.IsThreadOwnerTrackingEnabled);
                    break;
                case CountdownEvent countdown:
                    view.AddMember(nameof(CountdownEvent.InitialCount), countdown.InitialCount);
                    view.AddMember(nameof(CountdownEvent.CurrentCount), countdown.CurrentCount);
                    break;
            }
        }
    }
}
