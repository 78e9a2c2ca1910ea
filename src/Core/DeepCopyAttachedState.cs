namespace DeepCopy.Core
{
    /// <summary>
    /// State a host keeps for objects outside their fields, in tables keyed by the object: PowerShell keeps the members
    /// and type names added to a .NET object held unwrapped (<c>Add-Member -InputObject $hashtable ...</c>) that way.
    /// A field walk never meets it. Register one with <see cref="DeepCopyRegistry.RegisterAttachedState"/>; the exact
    /// strategies then ask it about every reference object they copy, and about every box of a struct whose copy gets a
    /// box of its own (shared boxes, such as a boxed number, are not asked), and copy the state of those that have some
    /// once the copy is registered, as a step of the work loop (so copied values keep sharing and cycles). Methods may
    /// be called from many threads at once.
    /// </summary>
    public abstract class DeepCopyAttachedState
    {
        /// <summary>
        /// True when objects of <paramref name="type"/> (a reference type, or a struct whose boxes are copied) can have
        /// such state. Asked once per type, when its plan is built; answering false spares every object of the type the
        /// <see cref="HasState"/> call.
        /// </summary>
        public virtual bool AppliesTo(System.Type type) => true;

        /// <summary>
        /// True when <paramref name="source"/> has state to copy. Asked for every object (or box) a copy creates of a
        /// type <see cref="AppliesTo"/> accepted, so it must be cheap (one table lookup) and must only read.
        /// </summary>
        public abstract bool HasState(object source);

        /// <summary>
        /// Gives <paramref name="copy"/> a copy of the state of <paramref name="source"/>. Copy the values the state
        /// holds with the context's Copy methods, so they are deep and keep sharing with the rest of the graph.
        /// </summary>
        public abstract void CopyState(object source, object copy, DeepCopyContext context);

        /// <summary>
        /// Presents the state of <paramref name="value"/> to Compare-DeepObject and <see cref="DeepComparer"/>: its members
        /// and type names, compared with the other side's and walked by the independence check. It must only read.
        /// </summary>
        public virtual void DescribeState(object value, DeepCompareView view)
        {
        }
    }
}
