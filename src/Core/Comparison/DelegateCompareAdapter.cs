using System;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Presents a delegate by what it calls: its method and target, or for a multicast delegate the delegates it calls
    /// in order. Its fields are not its meaning: the runtime caches the method it calls in a field only once someone
    /// reads <see cref="Delegate.Method"/> (so two delegates of one method differed by whether it had been read), and
    /// the code pointers it keeps are raw addresses that say nothing to a reader. Reading a delegate's method, target
    /// and invocation list runs only the runtime's code: delegate types are sealed and made by the runtime.
    /// </summary>
    internal sealed class DelegateCompareAdapter : DeepCompareAdapter
    {
        public override bool CanHandle(Type type) => typeof(Delegate).IsAssignableFrom(type);

        public override void Describe(object value, DeepCompareView view)
        {
            var callback = (Delegate)value;
            var invocationList = callback.GetInvocationList();
            if (invocationList.Length > 1)
            {
                view.AddMember("InvocationList", invocationList);
                return;
            }

            view.AddMember(nameof(Delegate.Method), callback.Method);
            view.AddMember(nameof(Delegate.Target), callback.Target);
        }
    }
}
