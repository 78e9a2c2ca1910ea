using System.Runtime.CompilerServices;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// What a handler's CreateShell leaves for its Populate of the same shell, keyed weakly by the shell so a copy that
    /// fails in between leaves nothing behind. Each piece of state is taken once: the shell's Populate runs once.
    /// </summary>
    internal sealed class ShellStates<TShell, TState>
        where TShell : class
        where TState : class
    {
        private readonly ConditionalWeakTable<TShell, TState> _states = new ConditionalWeakTable<TShell, TState>();

        public void Park(TShell shell, TState state) => _states.Add(shell, state);

        /// <summary>The state parked with <paramref name="shell"/>, removed; null when none was.</summary>
        public TState? Take(TShell shell)
        {
            if (!_states.TryGetValue(shell, out var state))
            {
                return null;
            }

            _states.Remove(shell);
            return state;
        }
    }
}
