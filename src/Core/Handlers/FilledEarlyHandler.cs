namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// The work-loop step left in the place of an object that was filled before its turn (a key reached earlier in the
    /// graph, finished for the collection that hashes it: DeepCopyContext.PendingKeys.cs). It does nothing when the
    /// stack reaches it: a second populate would read the copy's fields, which already hold copies, and copy them again.
    /// It is never chosen for a type.
    /// </summary>
    internal sealed class FilledEarlyHandler : DeepCopyHandler
    {
        public static readonly FilledEarlyHandler Instance = new FilledEarlyHandler();

        private FilledEarlyHandler()
        {
        }

        public override bool CanHandle(System.Type type) => false;

        public override object CreateShell(object source, DeepCopyContext context) =>
            throw new System.InvalidOperationException("An object filled early is only ever left on the work stack, never copied as one.");

        public override void Populate(object source, object shell, DeepCopyContext context)
        {
        }
    }
}
