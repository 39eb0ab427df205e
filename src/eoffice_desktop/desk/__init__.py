"""The desktop's workflows over a workspace: drafting, signing stored letters, sending. Plain Python; the
window reaches them through Qt adapters in ui/."""
