namespace DeepCopy.Core
{
    /// <summary>
    /// A context handed to code of the user's (a registered handler, a Custom or Clone policy's copier) may be kept by
    /// that code, against the rules, and used later. Between copies its methods refuse (DeepCopyContext.Lifetime.cs); but
    /// a pooled context object handed to the thread's next copy would be open again while that copy runs, and a kept
    /// reference would write into it. So such a context is never run again: its scratch (identity map, work stack, path
    /// table, plan map), which user code cannot reach except through the context's checked methods, moves to a new
    /// context object, and the old one stays closed for good. One small object per such copy, not the buffers.
    /// </summary>
    public sealed partial class DeepCopyContext
    {
        private bool _handedToUserCode;

        /// <summary>True once this context was passed to a user's handler or copier: see <see cref="ForNextCopy"/>.</summary>
        internal bool HandedToUserCode => _handedToUserCode;

        private DeepCopyContext(DeepCopyContext predecessor)
        {
            _map = predecessor._map;
            _work = predecessor._work;
            _path = predecessor._path;
            _plans = predecessor._plans;
            _plansGeneration = predecessor._plansGeneration;
            _plansPolicies = predecessor._plansPolicies;
            _plansHoldCollectible = predecessor._plansHoldCollectible;
            _plansWithStatics = predecessor._plansWithStatics;
            _standIns = predecessor._standIns;
            _filler = predecessor._filler;
        }

        /// <summary>
        /// The context the thread's next copy may run on, after <see cref="Clear"/>: this one, or, if it was handed to a
        /// user's code, a new object over the same scratch (this one never runs again, so a kept reference stays refused).
        /// </summary>
        internal DeepCopyContext ForNextCopy() => _handedToUserCode ? new DeepCopyContext(this) : this;
    }
}
