using System;
using System.Linq.Expressions;
using System.Threading;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// A lock guards its owner's state; it is not state itself. The copy of one is a new, unlocked lock of the same kind
    /// (the same recursion policy for a ReaderWriterLockSlim): a field copy of a lock that some thread held while it
    /// was copied would be held for ever, by a thread that will never release it, and the copy would hang at its first
    /// use. Covers <see cref="ReaderWriterLockSlim"/> and .NET 9's System.Threading.Lock, found by name since Core
    /// targets netstandard2.0. (A Monitor lock lives in the object's header, which no copy carries.)
    /// </summary>
    internal sealed class FreshLockHandler : WholeCopyHandler
    {
        private readonly Func<object, object> _create;

        private FreshLockHandler(Type type, Func<object, object> create)
            : base(type)
        {
            _create = create;
        }

        public static FreshLockHandler? TryCreate(Type type)
        {
            if (type == typeof(ReaderWriterLockSlim))
            {
                return new FreshLockHandler(type, source => new ReaderWriterLockSlim(((ReaderWriterLockSlim)source).RecursionPolicy));
            }

            var constructor = type.FullName == "System.Threading.Lock" && type.Assembly == typeof(object).Assembly ? type.GetConstructor(Type.EmptyTypes) : null;
            if (constructor == null)
            {
                return null;
            }

            var create = Expression.Lambda<Func<object>>(Expression.New(constructor)).Compile();
            return new FreshLockHandler(type, _ => create());
        }

        public override object CreateShell(object source, DeepCopyContext context) => _create(source);
    }
}
