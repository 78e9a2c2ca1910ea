namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// The work-loop step that copies one object's attached state (<see cref="DeepCopyAttachedState"/>). It is never
    /// chosen for a type: the engine schedules it beside an object whose source has such state.
    /// </summary>
    internal sealed class AttachedStateHandler : DeepCopyHandler
    {
        private readonly DeepCopyAttachedState _state;

        public AttachedStateHandler(DeepCopyAttachedState state)
        {
            _state = state;
        }

        public override bool CanHandle(System.Type type) => false;

        public override object CreateShell(object source, DeepCopyContext context) =>
            throw new System.InvalidOperationException("Attached state is copied beside an object's own copy, never as one.");

        public override void Populate(object source, object shell, DeepCopyContext context) => _state.CopyState(source, shell, context);
    }
}
