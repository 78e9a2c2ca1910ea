using System.Reflection;
using System.Threading;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// A <see cref="SpinLock"/> guards its owner's state, as a Lock does (<see cref="FreshLockHandler"/>), but it is a
    /// struct of one int that says who holds it: copied bit for bit, the copy of a lock some thread held during the copy
    /// stayed held for ever, and the copy hung at its first use (with thread tracking it even named the copying thread
    /// as its holder). The copy is a free SpinLock in the same thread-tracking mode, which is all a SpinLock keeps besides
    /// its holder and waiters. Mostly a field, so it is renewed in place there (<see cref="IInlineRenewal"/>).
    /// </summary>
    internal sealed class FreshSpinLockHandler : WholeCopyHandler, IInlineRenewal
    {
        private static readonly MethodInfo RenewInPlaceMethod =
            typeof(FreshSpinLockHandler).GetMethod(nameof(RenewValue), BindingFlags.Static | BindingFlags.NonPublic)!;

        public FreshSpinLockHandler()
            : base(typeof(SpinLock))
        {
        }

        public MethodInfo RenewInPlace => RenewInPlaceMethod;

        public override object CreateShell(object source, DeepCopyContext context) => Renew(source);

        public object Renew(object box) => new SpinLock(((SpinLock)box).IsThreadOwnerTrackingEnabled);

        private static void RenewValue(ref SpinLock value) => value = new SpinLock(value.IsThreadOwnerTrackingEnabled);
    }
}
