namespace DeepCopy.Core
{
    /// <summary>What a context keeps between copies when it is pooled on its thread, and what it must not keep.</summary>
    public sealed partial class DeepCopyContext
    {
        // True once the plan map holds a plan of a type a host may unload: the map is then dropped after the copy, so a
        // context cached on its thread does not keep the type (or, through its policies, the plugin) alive.
        private bool _plansHoldCollectible;

        /// <summary>
        /// Drops everything the copy referenced, keeping the buffers for reuse. The plan map stays warm for the next copy
        /// unless it holds a collectible type or the policies in use name one.
        /// </summary>
        internal void Clear()
        {
            _map.Clear();
            _work.Clear();
            _path.Clear();
            ClearStandIns();
            _lastType = null;
            _lastPlan = null;
            if (_plansHoldCollectible || (_plansPolicies?.MentionsCollectibleTypes ?? false))
            {
                _plans.Clear();
                ForgetPlansWithStatics();
                _plansPolicies = null;
                _plansGeneration = -1;
                _plansHoldCollectible = false;
            }
        }
    }
}
